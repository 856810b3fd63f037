#!/bin/bash
# Round 30's corpus: a discipline no engineer had developed on (statistics), as a new user would point proda at it.
# usage: fetch.sh OUT   -> OUT/corpora (held-out pages, the round's chapters) and OUT/devcorpora (other pages of the
# same book, development material for later sessions).  Needs Debian's package archive (apt-get download, no root).
# Book: the statsmodels 0.13 documentation (package python-statsmodels-doc 0.13.5+dfsg-7, BSD-3-Clause), Sphinx HTML
# as the package ships it.  The held-out pages were chosen by the lead, not drawn: the pages with the most
# explanatory prose on contingency tables and nonparametric methods (stats1), linear mixed, generalized linear and
# GEE models (stats2), survival analysis and regression diagnostics (stats3); every other page named below is open
# to engineers.
set -eu
O=$1; mkdir -p "$O/deb"; cd "$O/deb"
apt-get download python-statsmodels-doc=0.13.5+dfsg-7 >/dev/null
dpkg-deb -x python-statsmodels-doc_*.deb x
M=$O/deb/x/usr/share/doc/python-statsmodels-doc/html
put() { mkdir -p "$O/$1"; for f in "${@:3}"; do cp "$2/$f.html" "$O/$1/"; done; }
put corpora/statistics/corpus/11-tables-and-nonparametric $M contingency_tables nonparametric
put corpora/statistics/corpus/12-mixed-glm-gee $M mixed_linear glm gee
put corpora/statistics/corpus/13-survival-and-diagnostics $M duration diagnostic
put devcorpora/statistics/corpus/01-regression $M regression rlm discretemod gam imputation anova pitfalls \
  endog_exog example_formulas contrasts missing
put devcorpora/statistics/corpus/02-time-series $M tsa statespace vector_ar
put devcorpora/statistics/corpus/03-other-models $M stats multivariate emplike gmm miscmodels other_models \
  mixed_glm distributions
