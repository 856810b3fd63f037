#!/bin/bash
# Round 44's corpus: a discipline no engineer had developed on (school and college laboratory physics: electricity
# and magnetism, sound, semiconductor electronics, measured with a USB interface), as a new user would point proda
# at it; the third blind round on a PDF, a third typesetter (LaTeX, a two-column-free book class with its own
# fonts, where pypdf's plain extraction runs words together at some font changes: "namedexpEYES").
# usage: fetch.sh OUT   -> OUT/corpora (held-out pages, the round's chapters) and OUT/devcorpora (other pages of the
# same book, development material for later sessions).  Needs Debian's package archive (apt-get download, no root)
# and pypdf (a dependency of proda: run with the project's python, PY=.venv/bin/python by default).
# Book: expEYES, Experiments for Young Engineers and Scientists, user manual ver. 2 (Apr 2011), PHOENIX project,
# Inter-University Accelerator Centre, New Delhi (package expeyes-doc-en 4.3-3, GNU FDL, see its copyright file),
# the PDF as the package ships it (printed page N is PDF page N).
# The held-out pages were chosen by the lead by title and length only (the table of contents), not drawn and not
# read: chapter 3 (electromagnetic induction, AC generator, transformer, solenoid, eddy current braking), sections
# 4.1-4.5 (generating sound, its frequency, velocity, reflection, interference) and 5.1-5.5 (half-wave rectifier and
# the PN junction, full-wave rectifier, diode I-V characteristic, LEDs); every other range named below is open to
# engineers.
set -eu
O=$(realpath -m "$1"); PY=${PY:-$(cd "$(dirname "$0")/../../../.." && pwd)/.venv/bin/python}
mkdir -p "$O/deb"; cd "$O/deb"
apt-get download expeyes-doc-en=4.3-3 >/dev/null
dpkg-deb -x expeyes-doc-en_*.deb x
B=$O/deb/x/usr/share/expeyes/doc/en-eyes.pdf
# put DIR FIRST LAST: pages FIRST..LAST (1-based, inclusive) as DIR/expeyes-FIRST-LAST.pdf
put() { mkdir -p "$O/$1"; "$PY" -c "
import sys, pypdf
w = pypdf.PdfWriter(); w.append(sys.argv[1], pages=(int(sys.argv[2]) - 1, int(sys.argv[3])), import_outline=True)
w.write(sys.argv[4])" "$B" "$2" "$3" "$O/$1/expeyes-$2-$3.pdf"; }
put corpora/expeyes/corpus/41-electricity-magnetism 63 72
put corpora/expeyes/corpus/42-sound 73 81
put corpora/expeyes/corpus/43-diodes 89 98
put devcorpora/expeyes/corpus/01-getting-started 9 20
put devcorpora/expeyes/corpus/02-electricity 21 42
put devcorpora/expeyes/corpus/03-circuits 43 62
put devcorpora/expeyes/corpus/04-sound-rest 82 88
put devcorpora/expeyes/corpus/05-transistors 99 108
put devcorpora/expeyes/corpus/06-mechanics-optics-heat 109 130
