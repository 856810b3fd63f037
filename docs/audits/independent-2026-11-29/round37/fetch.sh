#!/bin/bash
# Round 37's corpus: a discipline no engineer had developed on (computer networking: packet capture and protocol
# analysis — TCP sequence analysis, reassembly, time stamps, name resolution, checksums), as a new user would point
# proda at it.
# usage: fetch.sh OUT   -> OUT/corpora (held-out pages, the round's chapters) and OUT/devcorpora (other pages of the
# same book, development material for later sessions).  Needs Debian's package archive (apt-get download, no root).
# Book: Wireshark User's Guide for version 4.0 (package wireshark-doc 4.0.17-0+deb12u3, GPL-2+, see its copyright
# file), HTML as Asciidoctor/DocBook wrote it, one section a page, with its navigation lines.  The held-out pages were
# chosen by the lead by title and length only, not drawn and not read: TCP analysis and packet reassembly, time
# stamps and time zones, name resolution and checksums; every other page named below is open to engineers.
set -eu
O=$1; mkdir -p "$O/deb"; cd "$O/deb"
apt-get download wireshark-doc=4.0.17-0+deb12u3 >/dev/null
dpkg-deb -x wireshark-doc_*.deb x
M=$O/deb/x/usr/share/doc/wireshark/wsug_html_chunked
put() { mkdir -p "$O/$1"; for f in "${@:3}"; do cp "$2/$f.html" "$O/$1/"; done; }
put corpora/networking/corpus/37-tcp-analysis-and-reassembly $M ChAdvTCPAnalysis ChAdvReassemblySection
put corpora/networking/corpus/38-time-stamps $M ChAdvTimestamps ChAdvTimezones
put corpora/networking/corpus/39-name-resolution-and-checksums $M ChAdvNameResolutionSection ChAdvChecksums
put devcorpora/networking/corpus/01-introduction $M ChapterIntroduction ChIntroPlatforms ChIntroHistory ChIntroMaintenance
put devcorpora/networking/corpus/02-capturing $M ChCapCaptureFiles ChCapCaptureFilterSection ChCapLinkLayerHeader ChCapInterfaceSection
put devcorpora/networking/corpus/03-filters $M ChWorkDisplayFilterSection ChWorkBuildDisplayFilterSection ChWorkDefineFilterSection
put devcorpora/networking/corpus/04-advanced $M ChAdvFollowStreamSection ChAdvExpert ChAdvShowPacketBytes
put devcorpora/networking/corpus/05-statistics $M ChStatistics ChStatConversations ChStatEndpoints ChStatIOGraphs ChStatFlowGraph ChStatHierarchy
put devcorpora/networking/corpus/06-tools $M AppToolsdumpcap AppToolseditcap AppToolsmergecap AppToolstshark AppToolstext2pcap AppToolscapinfos
