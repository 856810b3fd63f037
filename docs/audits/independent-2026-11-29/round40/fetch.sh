#!/bin/bash
# Round 40's corpus: a discipline no engineer had developed on (computational mechanics: the finite element
# analysis of structures, vibration, heat and potential flow), as a new user would point proda at it.
# usage: fetch.sh OUT   -> OUT/corpora (held-out pages, the round's chapters) and OUT/devcorpora (other pages of the
# same book, development material for later sessions).  Needs Debian's package archive (apt-get download, no root).
# Book: the CalculiX CrunchiX user's manual, version 2.11 (package calculix-ccx-doc 2.11-1.1, GPL, see its copyright
# file), latex2html output as the package ships it: one section a page, its navigation panels, and every formula an
# image (so the text has holes where the mathematics was).
# The held-out pages were chosen by the lead by title and length only, not drawn and not read: the golden rules,
# frequency and modal dynamic analysis, heat transfer with electrostatics and groundwater flow; every other page
# named below is open to engineers.
set -eu
O=$1; mkdir -p "$O/deb"; cd "$O/deb"
apt-get download calculix-ccx-doc=2.11-1.1 >/dev/null
dpkg-deb -x calculix-ccx-doc_*.deb x
M=$O/deb/x/usr/share/doc/calculix-ccx-doc/ccx
put() { mkdir -p "$O/$1"; for f in "${@:2}"; do cp "$M/$f.html" "$O/$1/"; done; }
put corpora/mechanics/corpus/41-golden-rules node5
put corpora/mechanics/corpus/42-frequency-and-modal-dynamics node147 node150
put corpora/mechanics/corpus/43-heat-electrostatics-groundwater node153 node158 node159
put devcorpora/mechanics/corpus/01-introduction-and-units node2 node4
put devcorpora/mechanics/corpus/02-cantilever-beam node7
put devcorpora/mechanics/corpus/03-theory-and-elements node22 node24 node25
put devcorpora/mechanics/corpus/04-static-and-acoustics node146 node154
put devcorpora/mechanics/corpus/05-flows node155 node156 node157 node160
put devcorpora/mechanics/corpus/06-networks node161 node162
put devcorpora/mechanics/corpus/07-materials node127 node137 node138
