#!/bin/bash
# Round 29's corpus: a discipline no engineer had developed on (machine learning), as a new user would point proda at it.
# usage: fetch.sh OUT   -> OUT/corpora (held-out pages, the round's chapters) and OUT/devcorpora (other pages of the
# same book, development material for later sessions).  Needs Debian's package archive (apt-get download, no root).
# Book: the scikit-learn 1.2 User Guide (package python-sklearn-doc 1.2.1+dfsg-1, BSD-3-Clause), Sphinx HTML as the
# package ships it (navigation, sidebars, code and math blocks).  The held-out pages were chosen by the lead, not
# drawn: supervised models (decision trees, naive Bayes, neural networks, linear and quadratic discriminant
# analysis), model selection (cross-validation, validation and learning curves) and density / novelty estimation
# (outlier detection, Gaussian mixtures, kernel density); every other User Guide page named below is open to engineers.
set -eu
O=$1; mkdir -p "$O/deb"; cd "$O/deb"
apt-get download python-sklearn-doc=1.2.1+dfsg-1 >/dev/null
dpkg-deb -x python-sklearn-doc_*.deb x
M=$O/deb/x/usr/share/doc/python-sklearn-doc/html/modules
put() { mkdir -p "$O/$1"; for f in "${@:3}"; do cp "$2/$f.html" "$O/$1/"; done; }
put corpora/ml/corpus/11-supervised-models $M tree naive_bayes neural_networks_supervised lda_qda
put corpora/ml/corpus/12-model-selection $M cross_validation learning_curve
put corpora/ml/corpus/13-density-and-outliers $M outlier_detection mixture density
put devcorpora/ml/corpus/01-linear-and-kernel-models $M linear_model svm kernel_ridge sgd gaussian_process isotonic \
  kernel_approximation
put devcorpora/ml/corpus/02-ensembles-and-neighbours $M ensemble neighbors semi_supervised calibration multiclass
put devcorpora/ml/corpus/03-unsupervised $M clustering decomposition manifold biclustering covariance \
  neural_networks_unsupervised random_projection
put devcorpora/ml/corpus/04-data-transformation $M preprocessing feature_selection feature_extraction impute compose \
  preprocessing_targets
put devcorpora/ml/corpus/05-evaluation $M model_evaluation grid_search permutation_importance partial_dependence
