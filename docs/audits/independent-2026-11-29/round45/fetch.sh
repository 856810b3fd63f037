#!/bin/bash
# Round 45's corpus: a discipline no engineer had developed on (computer graphics: ray tracing, light sources,
# gamma, radiosity, participating media), as a new user would point proda at it: the POV-Ray 3.7 tutorial's HTML
# (one generated page a part, each holding many sections); each chapter is one section cut out of its page at the
# page's own anchors, with the page's head, so the reader sees the book's headings and markup as they are.
# usage: fetch.sh OUT   -> OUT/corpora (held-out pages, the round's chapters) and OUT/devcorpora (other sections of
# the same tutorial, development material for later sessions).  Needs Debian's package archive (apt-get download)
# and a python (PY=.venv/bin/python by default; the standard library only).
# Book: the POV-Ray 3.7 documentation, tutorial part (package povray-doc 1:3.7.0.10-2, AGPL-3+ and the POV-Ray
# documentation licence, see its copyright file).
# The held-out sections were chosen by the lead by title and length only (the tutorial's table of contents), not
# drawn and not read: 2.1.2-2.1.3 "What is Ray-Tracing?" and "What is POV-Ray?", 2.3.4 "Gamma Handling", 2.3.8
# "Radiosity"; every other section named below is open to engineers.
set -eu
O=$(realpath -m "$1"); PY=${PY:-$(cd "$(dirname "$0")/../../../.." && pwd)/.venv/bin/python}
mkdir -p "$O/deb"; cd "$O/deb"
apt-get download povray-doc=1:3.7.0.10-2 >/dev/null
dpkg-deb -x povray-doc_*.deb x
H=$O/deb/x/usr/share/doc/povray/html
# put DIR PAGE FIRST NEXT: PAGE.html from anchor FIRST up to anchor NEXT as DIR/FIRST.html
put() { mkdir -p "$O/$1"; "$PY" -c "
import sys
page, first, nxt, out = sys.argv[1:5]
html = open(page, encoding='utf-8', errors='replace').read()
a = html.index(f'<a name=\"{first}\"></a>'); b = html.index(f'<a name=\"{nxt}\"></a>')
open(out, 'w', encoding='utf-8').write(html[:html.index('<body')] + '<body>\n' + html[a:b] + '\n</body>\n</html>\n')
" "$H/$2.html" "$3" "$4" "$O/$1/$3.html"; }
put corpora/povray/corpus/41-ray-tracing t2_1 t2_1_2 t2_1_4
put corpora/povray/corpus/42-gamma t2_3 t2_3_4 t2_3_5
put corpora/povray/corpus/43-radiosity t2_3 t2_3_8 t2_3_9
put devcorpora/povray/corpus/01-csg t2_2 t2_2_3 t2_2_4
put devcorpora/povray/corpus/02-light-sources t2_2 t2_2_4 t2_2_5
put devcorpora/povray/corpus/03-textures-camera t2_2 t2_2_5 t2_2_7
put devcorpora/povray/corpus/04-coordinates t2_2 t2_2_7 t2_2_8
put devcorpora/povray/corpus/05-atmosphere t2_3 t2_3_6 t2_3_7
put devcorpora/povray/corpus/06-media t2_3 t2_3_7 t2_3_8
put devcorpora/povray/corpus/07-animation t2_3 t2_3_9 t2_3_10
put devcorpora/povray/corpus/08-history t2_1 t2_1_6 t2_1_7
