#!/bin/bash
# Round 36's corpus: a discipline no engineer had developed on (speech synthesis: text analysis, prosody and
# pronunciation lexicons in text-to-speech), as a new user would point proda at it.
# usage: fetch.sh OUT   -> OUT/corpora (held-out pages, the round's chapters) and OUT/devcorpora (other pages of the
# same book, development material for later sessions).  Needs Debian's package archive (apt-get download, no root).
# Book: The Festival Speech Synthesis System manual 2.5 (package festival-doc 1:2.5.0-9, a permissive licence, see its
# copyright file), HTML as makeinfo wrote it: one node a page, with its navigation lines.  The held-out pages were
# chosen by the lead by title and length only, not drawn and not read: text analysis (tokens, homographs, POS, phrase
# breaks), intonation and duration, lexicons and letter-to-sound rules; every other page named below is open to
# engineers.
set -eu
O=$1; mkdir -p "$O/deb"; cd "$O/deb"
apt-get download festival-doc=1:2.5.0-9 >/dev/null
dpkg-deb -x festival-doc_*.deb x
M=$O/deb/x/usr/share/doc/festival-doc/html
put() { mkdir -p "$O/$1"; for f in "${@:3}"; do cp "$2/$f.html" "$O/$1/"; done; }
put corpora/speech/corpus/37-text-analysis $M Tokenizing Token-to-word-rules Homograph-disambiguation POS-tagging Phrase-breaks
put corpora/speech/corpus/38-intonation-and-duration $M Intonation Simple-intonation Tree-intonation General-intonation Default-intonation Using-ToBI Duration Default-durations Average-durations CART-durations
put corpora/speech/corpus/39-lexicons $M Lexicons Lexical-entries Lookup-process Letter-to-sound-rules Post_002dlexical-rules Lexicon-requirements Phonesets
put devcorpora/speech/corpus/01-utterances $M Utterance-structure Utterance-types Example-utterance-types Utterance-modules Features
put devcorpora/speech/corpus/02-synthesizers $M Diphone-synthesizer Diphone-selection LPC-databases UniSyn-synthesizer MBROLA
put devcorpora/speech/corpus/03-building-models $M Building-models Building-models-from-databases Labelling-databases CART-trees Ngrams Viterbi-decoder Linear-regression
put devcorpora/speech/corpus/04-voices $M Overview Philosophy Building-a-new-voice Defining-a-new-voice Building-letter-to-sound-rules
