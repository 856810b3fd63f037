#!/bin/bash
# Round 28's corpora: two more disciplines no engineer had developed on, as a new user would point proda at them.
# usage: fetch.sh OUT   -> OUT/corpora (held-out pages, the round's chapters) and OUT/devcorpora (other pages of the
# same books, development material for the next session).  Needs Debian's package archive (apt-get download, no root).
# Books: the LilyPond 2.24 documentation (package lilypond-doc-html 2.24.1-2, GFDL-1.3+; music engraving and notation:
# the Essay on automated music engraving and the Learning Manual) and the GRASS GIS 8.2 manual (package grass-doc
# 8.2.1-1, GPL-2+; geographic information science), both Texinfo/hand-written HTML.  The held-out pages were chosen by
# the lead, not drawn: the essay's chapter on music engraving, the Learning Manual's pages on the basics of music
# notation, and the manual's introductions to the concepts of geographic data (raster, vector, 3D raster, imagery,
# projections, time series, attribute databases); every other page named below is open to engineers.
set -eu
O=$1; mkdir -p "$O/deb"; cd "$O/deb"
apt-get download lilypond-doc-html=2.24.1-2 grass-doc=8.2.1-1 >/dev/null
dpkg-deb -x lilypond-doc-html_*.deb x; dpkg-deb -x grass-doc_*.deb y
L=$O/deb/x/usr/share/doc/lilypond/html/Documentation; G=$O/deb/y/usr/share/doc/grass-doc/html
put() { mkdir -p "$O/$1"; for f in "${@:3}"; do cp "$2/$f.html" "$O/$1/"; done; }
put corpora/music/corpus/11-music-engraving $L/essay music-engraving the-lilypond-story engraving-details \
  automated-engraving building-software putting-lilypond-to-work engraved-examples-_0028bwv-861_0029
put corpora/music/corpus/12-notation-basics $L/learning simple-notation bar-lines-and-bar-checks \
  pitches-and-key-signatures ties-and-slurs articulations-and-dynamics automatic-and-manual-beams \
  advanced-rhythmic-commands music-expressions-explained multiple-staves staff-groups combining-notes-into-chords \
  single-staff-polyphony
put corpora/gis/corpus/11-geodata-concepts $G rasterintro vectorintro raster3dintro imageryintro projectionintro \
  temporalintro databaseintro
put devcorpora/music/corpus/01-fundamental-concepts $L/learning how-lilypond-input-files-work \
  introduction-to-the-lilypond-file-structure score-is-a-_0028single_0029-compound-musical-expression \
  nesting-music-expressions structure-of-a-note-entry on-the-un_002dnestedness-of-brackets-and-ties \
  voices-contain-music i_0027m-hearing-voices explicitly-instantiating-voices voices-and-vocals
put devcorpora/music/corpus/02-contexts-and-tweaks $L/learning contexts-and-engravers contexts-explained \
  creating-contexts engravers-explained modifying-context-properties adding-and-removing-engravers \
  objects-and-interfaces tweaking-methods
put devcorpora/music/corpus/03-songs-and-literature $L/learning songs setting-simple-songs \
  aligning-lyrics-to-a-melody lyrics-to-multiple-staves organizing-pieces-with-variables absolute-note-names
put devcorpora/music/corpus/03-songs-and-literature $L/essay short-literature-list
put devcorpora/gis/corpus/01-gis-database $G grass_database sql lrs vectorascii
put devcorpora/gis/corpus/02-terrain-hydrology $G r.watershed r.slope.aspect r.viewshed r.cost r.sun v.surf.rst \
  r.fillnulls
put devcorpora/gis/corpus/03-imagery-vector-modules $G i.vi i.atcorr i.maxlik i.pansharpen i.landsat.toar i.segment \
  v.net v.clean v.overlay
