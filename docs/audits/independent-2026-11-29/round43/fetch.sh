#!/bin/bash
# Round 43's corpus: a discipline no engineer had developed on (electronic design: printed circuit boards), as a new
# user would point proda at it: the KiCad 6 documentation's HTML pages (Asciidoctor), one page a chapter.
# usage: fetch.sh OUT   -> OUT/corpora (held-out pages, the round's chapters) and OUT/devcorpora (other pages of the
# same documentation, development material for later sessions).  Needs Debian's package archive (apt-get download).
# Book: the KiCad 6.0 documentation (package kicad-doc-en 6.0.11+dfsg-1, GPL-3+ / CC-BY-3.0, see its copyright file).
# The held-out pages were chosen by the lead by title and length only, not drawn and not read: the introduction to
# KiCad and the PCB calculator (track widths, clearances, regulators, attenuators, transmission lines); every other
# page named below is open to engineers.
set -eu
O=$(realpath -m "$1")
mkdir -p "$O/deb"; cd "$O/deb"
apt-get download kicad-doc-en=6.0.11+dfsg-1 >/dev/null
dpkg-deb -x kicad-doc-en_*.deb x
H=$O/deb/x/usr/share/doc/kicad/help/en
put() { mkdir -p "$O/$1"; cp "$H/$2" "$O/$1/"; }
put corpora/kicad/corpus/41-introduction introduction.html
put corpora/kicad/corpus/42-pcb-calculator pcb_calculator.html
put devcorpora/kicad/corpus/01-getting-started getting_started_in_kicad.html
put devcorpora/kicad/corpus/02-gerbview gerbview.html
put devcorpora/kicad/corpus/03-page-layout-editor pl_editor.html
put devcorpora/kicad/corpus/04-project-manager kicad.html
