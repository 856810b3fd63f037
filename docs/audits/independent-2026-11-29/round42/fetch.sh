#!/bin/bash
# Round 42's corpus: a discipline no engineer had developed on (machining: CNC motion control, machine kinematics,
# plasma cutting), as a new user would point proda at it; the second blind round on a PDF, a different typesetter
# (AsciiDoc through DocBook) from round 41's Tufte layout.
# usage: fetch.sh OUT   -> OUT/corpora (held-out pages, the round's chapters) and OUT/devcorpora (other pages of the
# same book, development material for later sessions).  Needs Debian's package archive (apt-get download, no root)
# and pypdf (a dependency of proda: run with the project's python, PY=.venv/bin/python by default).
# Book: the LinuxCNC documentation, version 2.9.0~pre1 (package linuxcnc-doc-en
# 2.9.0~pre1+git20230208.f1270d6ed7-1+deb12u2, LGPL/GPL, see its copyright file), the PDF as the package ships it.
# Each chapter is a page range written to a PDF of its own with the outline entries of those pages (pypdf's
# append with import_outline), so the reader sees the book's headings as it would in the whole file.
# The held-out pages were chosen by the lead by title and length only, not drawn and not read: the user concepts
# (trajectory control, G-code, homing, tool changes, coordinate systems, machine configurations), the first part of
# the plasma cutting primer, and the introduction to kinematics; every other range named below is open to engineers.
set -eu
O=$(realpath -m "$1"); PY=${PY:-$(cd "$(dirname "$0")/../../../.." && pwd)/.venv/bin/python}
mkdir -p "$O/deb"; cd "$O/deb"
apt-get download linuxcnc-doc-en=2.9.0~pre1+git20230208.f1270d6ed7-1+deb12u2 >/dev/null
dpkg-deb -x linuxcnc-doc-en_*.deb x
B=$O/deb/x/usr/share/doc/linuxcnc/LinuxCNC_Documentation.pdf
# put DIR FIRST LAST: printed pages FIRST..LAST (1-based, inclusive) as DIR/linuxcnc-FIRST-LAST.pdf
put() { mkdir -p "$O/$1"; "$PY" -c "
import sys, pypdf
w = pypdf.PdfWriter(); w.append(sys.argv[1], pages=(int(sys.argv[2]) - 1, int(sys.argv[3])), import_outline=True)
w.write(sys.argv[4])" "$B" "$2" "$3" "$O/$1/linuxcnc-$2-$3.pdf"; }
put corpora/linuxcnc/corpus/41-user-concepts 111 116
put corpora/linuxcnc/corpus/42-plasma-primer 133 141
put corpora/linuxcnc/corpus/43-kinematics 508 512
put devcorpora/linuxcnc/corpus/01-user-introduction 100 110
put devcorpora/linuxcnc/corpus/02-machine-overview 119 123
put devcorpora/linuxcnc/corpus/03-lathe 124 132
put devcorpora/linuxcnc/corpus/04-plasma-primer-rest 142 150
put devcorpora/linuxcnc/corpus/05-five-axis 534 548
put devcorpora/linuxcnc/corpus/06-pid-tuning 558 560
put devcorpora/linuxcnc/corpus/07-coordinate-systems 875 881
put devcorpora/linuxcnc/corpus/08-tool-compensation 882 895
