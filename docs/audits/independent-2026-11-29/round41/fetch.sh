#!/bin/bash
# Round 41's corpus: a discipline no engineer had developed on (bioinformatics: profile hidden Markov models and
# sequence homology search), as a new user would point proda at it, and the first blind round on a PDF.
# usage: fetch.sh OUT   -> OUT/corpora (held-out pages, the round's chapters) and OUT/devcorpora (other pages of the
# same book, development material for later sessions).  Needs Debian's package archive (apt-get download, no root)
# and pypdf (a dependency of proda: run with the project's python, PY=.venv/bin/python by default).
# Book: the HMMER user's guide, version 3.3.2 (package hmmer-doc 3.3.2+dfsg-1, BSD-3-Clause, see its copyright file),
# the PDF as the package ships it: a Tufte-style layout with margin notes, ligatures and words hyphenated at line ends.
# Each chapter is a page range written to a PDF of its own with the outline entries of those pages (pypdf's
# append with import_outline), so the reader sees the book's headings as it would in the whole file.
# The held-out pages were chosen by the lead by title and length only, not drawn and not read: the introduction,
# the tutorial's profile, single-sequence and iterative searches, and the profile/sequence comparison pipeline;
# every other range named below is open to engineers.
set -eu
O=$(realpath -m "$1"); PY=${PY:-$(cd "$(dirname "$0")/../../../.." && pwd)/.venv/bin/python}
mkdir -p "$O/deb"; cd "$O/deb"
apt-get download hmmer-doc=3.3.2+dfsg-1 >/dev/null
dpkg-deb -x hmmer-doc_*.deb x
gunzip -kf x/usr/share/doc/hmmer/Userguide.pdf.gz
B=$O/deb/x/usr/share/doc/hmmer/Userguide.pdf
# put DIR FIRST LAST: printed pages FIRST..LAST (1-based, inclusive) as DIR/hmmer-FIRST-LAST.pdf
put() { mkdir -p "$O/$1"; "$PY" -c "
import sys, pypdf
w = pypdf.PdfWriter(); w.append(sys.argv[1], pages=(int(sys.argv[2]) - 1, int(sys.argv[3])), import_outline=True)
w.write(sys.argv[4])" "$B" "$2" "$3" "$O/$1/hmmer-$2-$3.pdf"; }
put corpora/hmmer/corpus/41-introduction 7 16
put corpora/hmmer/corpus/42-profile-and-iterative-searches 30 44
put corpora/hmmer/corpus/43-comparison-pipeline 57 66
put devcorpora/hmmer/corpus/01-installation 17 26
put devcorpora/hmmer/corpus/02-tutorial-start 27 29
put devcorpora/hmmer/corpus/03-tutorial-profile-databases-dna 45 56
put devcorpora/hmmer/corpus/04-tabular-output 67 72
put devcorpora/hmmer/corpus/05-hmmbuild 79 85
put devcorpora/hmmer/corpus/06-hmmsearch 103 107
put devcorpora/hmmer/corpus/07-jackhmmer 116 124
put devcorpora/hmmer/corpus/08-input-formats 205 224
