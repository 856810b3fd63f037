#!/bin/bash
# Round 33's corpus: a discipline no engineer had developed on (phylogenetics), as a new user would point proda at it.
# usage: fetch.sh OUT   -> OUT/corpora (held-out pages, the round's chapters) and OUT/devcorpora (other pages of the
# same book, development material for later sessions).  Needs Debian's package archive (apt-get download, no root).
# Book: the PHYLIP 3.697 documentation by Joe Felsenstein (package phylip-doc 1:3.697+dfsg-2, BSD-2-Clause), HTML as
# the package ships it.  The held-out pages were chosen by the lead by title and length only, not drawn and not read:
# the overviews of distance-matrix methods, of molecular-sequence methods and of discrete-character methods, each
# with one program page of the same method family; every other page named below is open to engineers.
set -eu
O=$1; mkdir -p "$O/deb"; cd "$O/deb"
apt-get download phylip-doc=1:3.697+dfsg-2 >/dev/null
dpkg-deb -x phylip-doc_*.deb x
M=$O/deb/x/usr/share/doc/phylip/html/doc
put() { mkdir -p "$O/$1"; for f in "${@:3}"; do cp "$2/$f.html" "$O/$1/"; done; }
put corpora/phylogenetics/corpus/31-distance-methods $M distance neighbor fitch
put corpora/phylogenetics/corpus/32-sequence-methods $M sequence dnapars
put corpora/phylogenetics/corpus/33-discrete-character-methods $M discrete mix
put devcorpora/phylogenetics/corpus/01-likelihood $M dnaml proml contml restml
put devcorpora/phylogenetics/corpus/02-resampling-and-consensus $M seqboot consense treedist
put devcorpora/phylogenetics/corpus/03-clocks-and-invariants $M kitsch dollop dnainvar dnacomp
put devcorpora/phylogenetics/corpus/04-distances $M dnadist protdist gendist restdist
put devcorpora/phylogenetics/corpus/05-drawing-and-trees $M drawtree drawgram retree contrast
