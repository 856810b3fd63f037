#!/bin/bash
# Round 46's corpus: a discipline no engineer had developed on (computer algebra: simplification of expressions,
# polynomials, sets, special functions, tensors, numerical integration, as a symbolic mathematics system teaches
# them), as a new user would point proda at it: the Maxima 5.46 reference manual's HTML (Texinfo, one page a
# section).
# usage: fetch.sh OUT   -> OUT/corpora (held-out pages, the round's chapters) and OUT/devcorpora (other pages of the
# same manual, development material for later sessions).  Needs Debian's package archive (apt-get download).
# Book: the Maxima 5.46.0 manual (package maxima-doc 5.46.0-11, GPL-2+, see its copyright file).
# The held-out pages were chosen by the lead by title and length only (the manual's "Introduction to ..." sections),
# not drawn and not read: 9.1 "Introduction to Simplification", 14.1 "Introduction to Polynomials", 35.1
# "Introduction to Sets"; every other page named below is open to engineers.
set -eu
O=$(realpath -m "$1")
mkdir -p "$O/deb"; cd "$O/deb"
apt-get download maxima-doc=5.46.0-11 >/dev/null
dpkg-deb -x maxima-doc_*.deb x
H=$O/deb/x/usr/share/doc/maxima-doc/html
put() { d=$1; shift; mkdir -p "$O/$d"; for f in "$@"; do cp "$H/$f.html" "$O/$d/"; done; }
put corpora/maxima/corpus/41-simplification maxima_45
put corpora/maxima/corpus/42-polynomials maxima_75
put corpora/maxima/corpus/43-sets maxima_158
put devcorpora/maxima/corpus/01-numbers-expressions maxima_12 maxima_29 maxima_35
put devcorpora/maxima/corpus/02-special-functions maxima_78 maxima_89
put devcorpora/maxima/corpus/03-integration maxima_97 maxima_99
put devcorpora/maxima/corpus/04-tensors maxima_124 maxima_127
put devcorpora/maxima/corpus/05-series-rules maxima_134 maxima_136 maxima_155
