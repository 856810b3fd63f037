#!/bin/bash
# Round 39's corpus: a discipline no engineer had developed on (computer programming: classes and objects, errors
# and exceptions, text and its encodings), as a new user would point proda at it.
# usage: fetch.sh OUT   -> OUT/corpora (held-out pages, the round's chapters) and OUT/devcorpora (other pages of the
# same book, development material for later sessions).  Needs Debian's package archive (apt-get download, no root).
# Book: the Python 3.11 documentation's tutorial and HOWTOs (package python3.11-doc 3.11.2-6+deb12u9, PSF License,
# see its copyright file), Sphinx HTML as the package ships it, one chapter a page, with its navigation and sidebars.
# The held-out pages were chosen by the lead by title and length only, not drawn and not read: the tutorial's
# classes, errors and exceptions, the Unicode HOWTO; every other page named below is open to engineers.
set -eu
O=$1; mkdir -p "$O/deb"; cd "$O/deb"
apt-get download python3.11-doc=3.11.2-6+deb12u9 >/dev/null
dpkg-deb -x python3.11-doc_*.deb x
M=$O/deb/x/usr/share/doc/python3.11/html
put() { mkdir -p "$O/$1"; for f in "${@:3}"; do cp "$2/$f.html" "$O/$1/"; done; }
put corpora/programming/corpus/41-classes $M/tutorial classes
put corpora/programming/corpus/42-errors-and-exceptions $M/tutorial errors
put corpora/programming/corpus/43-unicode $M/howto unicode
put devcorpora/programming/corpus/01-control-flow $M/tutorial controlflow
put devcorpora/programming/corpus/02-data-structures $M/tutorial datastructures
put devcorpora/programming/corpus/03-modules $M/tutorial modules
put devcorpora/programming/corpus/04-input-output $M/tutorial inputoutput
put devcorpora/programming/corpus/05-floating-point $M/tutorial floatingpoint
put devcorpora/programming/corpus/06-howtos $M/howto sorting functional descriptor
