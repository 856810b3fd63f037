#!/bin/bash
# Round 27's corpora: two more disciplines no engineer had developed on, as a new user would point proda at them.
# usage: fetch.sh OUT   -> OUT/corpora (held-out pages, the round's chapters) and OUT/devcorpora (other pages of the
# same books, development material for the next session).  Needs Debian's package archive (apt-get download, no root).
# Books: the PostgreSQL 15 documentation (package postgresql-doc-15 15.20-0+deb12u1, PostgreSQL licence; databases)
# and the GIMP 2.10 user manual (package gimp-help-en 2.10.34-2, GFDL; digital imaging), both DocBook HTML.  The
# held-out pages were chosen by the lead, not drawn: the documentation's two most textbook-like chapters of database
# concepts (concurrency control, indexes) and the manual's pages on the concepts of a digital image (image, layers,
# selections, paths, modes, colour management, transparency, undo); every other page named below is open to engineers.
set -eu
O=$1; mkdir -p "$O/deb"; cd "$O/deb"
apt-get download postgresql-doc-15=15.20-0+deb12u1 gimp-help-en=2.10.34-2 >/dev/null
dpkg-deb -x postgresql-doc-15_*.deb x; dpkg-deb -x gimp-help-en_*.deb y
P=$O/deb/x/usr/share/doc/postgresql-doc-15/html; G=$O/deb/y/usr/share/gimp/2.0/help/en
put() { mkdir -p "$O/$1"; for f in "${@:3}"; do cp "$2/$f.html" "$O/$1/"; done; }
put corpora/databases/corpus/11-indexes $P indexes indexes-intro indexes-types indexes-multicolumn indexes-ordering \
  indexes-bitmap-scans indexes-unique indexes-expressional indexes-partial indexes-index-only-scans
put corpora/databases/corpus/13-concurrency-control $P mvcc mvcc-intro transaction-iso explicit-locking \
  applevel-consistency mvcc-serialization-failure-handling mvcc-caveats locking-indexes
put corpora/imaging/corpus/11-image-concepts $G gimp-first-steps gimp-image-mode gimp-using-layers \
  gimp-using-selections gimp-using-paths gimp-concepts-undo gimp-imaging-color-management gimp-using-web-transparency
put devcorpora/databases/corpus/01-tutorial $P tutorial-concepts tutorial-arch tutorial-fk tutorial-transactions \
  tutorial-views tutorial-inheritance tutorial-window tutorial-join tutorial-agg
put devcorpora/databases/corpus/02-data-definition $P ddl-basics ddl-default ddl-constraints ddl-system-columns \
  ddl-inherit ddl-partitioning ddl-schemas ddl-priv ddl-rowsecurity
put devcorpora/databases/corpus/03-reliability $P wal-intro wal-reliability wal-async-commit wal-configuration \
  backup-dump continuous-archiving
put devcorpora/imaging/corpus/01-painting-concepts $G gimp-concepts-brushes gimp-concepts-gradients \
  gimp-concepts-palettes gimp-concepts-patterns gimp-using-brushes gimp-using-fonts gimp-using-grid
put devcorpora/imaging/corpus/02-getting-unstuck $G gimp-stuck-general-guidelines gimp-stuck-outside-layer \
  gimp-stuck-outside-selection gimp-stuck-no-alpha-channel gimp-stuck-indexed-mode gimp-stuck-layer-mask \
  gimp-stuck-hidden-selection gimp-stuck-drawable-transparent
