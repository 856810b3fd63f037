#!/bin/bash
# Round 35's corpus: a discipline no engineer had developed on (atomistic simulation in computational materials
# science and chemistry), as a new user would point proda at it.
# usage: fetch.sh OUT   -> OUT/corpora (held-out pages, the round's chapters) and OUT/devcorpora (other pages of the
# same book, development material for later sessions).  Needs Debian's package archive (apt-get download, no root).
# Book: the documentation of ASE, the Atomic Simulation Environment 3.22.1 (package python-ase-doc
# 3.22.1-3+deb12u1, LGPL-2.1+), HTML as the package ships it.  The held-out pages were chosen by the lead by title
# and length only, not drawn and not read: molecular dynamics, structure optimization and thermochemistry; every
# other page named below is open to engineers.
set -eu
O=$1; mkdir -p "$O/deb"; cd "$O/deb"
apt-get download python-ase-doc=3.22.1-3+deb12u1 >/dev/null
dpkg-deb -x python-ase-doc_*.deb x
M=$O/deb/x/usr/share/doc/python-ase-doc/html/ase
put() { mkdir -p "$O/$1"; for f in "${@:3}"; do cp "$2/$f.html" "$O/$1/"; done; }
put corpora/atomistic/corpus/37-molecular-dynamics $M md
put corpora/atomistic/corpus/38-structure-optimization $M optimize
put corpora/atomistic/corpus/39-thermochemistry $M/thermochemistry thermochemistry
put devcorpora/atomistic/corpus/01-paths-and-saddle-points $M neb dimer
put devcorpora/atomistic/corpus/02-phonons-and-vibrations $M phonons vibrations/vibrations
put devcorpora/atomistic/corpus/03-equation-of-state-and-cells $M eos cell lattice
put devcorpora/atomistic/corpus/04-constraints-and-units $M constraints units
