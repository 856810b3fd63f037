#!/bin/bash
# Round 31's corpus: a discipline no engineer had developed on (quantum physics), as a new user would point proda at it.
# usage: fetch.sh OUT   -> OUT/corpora (held-out pages, the round's chapters) and OUT/devcorpora (other pages of the
# same book, development material for later sessions).  Needs Debian's package archive (apt-get download, no root).
# Book: the QuTiP 4.7 User Guide (package python-qutip-doc 4.7.1-2, BSD-3-Clause), Sphinx HTML as the package ships
# it (navigation, sidebars, code and math blocks).  The held-out pages were chosen by the lead, not drawn: the guide's
# pages with the most explanatory prose on quantum objects and states (basics, states and operators), open-system
# dynamics (the Lindblad master equation, Monte Carlo quantum trajectories) and the Bloch-Redfield and Floquet
# formalisms; every other User Guide page named below is open to engineers.
set -eu
O=$1; mkdir -p "$O/deb"; cd "$O/deb"
apt-get download python-qutip-doc=4.7.1-2 >/dev/null
dpkg-deb -x python-qutip-doc_*.deb x
M=$O/deb/x/usr/share/doc/python-qutip-doc/html/guide
put() { mkdir -p "$O/$1"; for f in "${@:3}"; do cp "$2/$f.html" "$O/$1/"; done; }
put corpora/physics/corpus/11-quantum-objects $M guide-basics guide-states
put corpora/physics/corpus/12-open-system-dynamics $M/dynamics dynamics-master dynamics-monte
put corpora/physics/corpus/13-bloch-redfield-and-floquet $M/dynamics dynamics-bloch-redfield dynamics-floquet
put devcorpora/physics/corpus/01-tensors-and-measurement $M guide-tensor guide-measurement guide-steady \
  guide-correlation
put devcorpora/physics/corpus/02-time-dependence-and-stochastic $M/dynamics dynamics-time dynamics-stochastic \
  dynamics-photocurrent dynamics-piqs dynamics-krylov
put devcorpora/physics/corpus/03-visualization-and-control $M guide-bloch guide-visualization guide-control
put devcorpora/physics/corpus/04-hierarchical-equations $M/heom intro bosonic fermionic
put devcorpora/physics/corpus/05-quantum-information-processing $M/qip qip-basics qip-processor qip-simulator
