#!/bin/bash
# Round 34's corpus: a discipline no engineer had developed on (computer networking: the Domain Name System), as a
# new user would point proda at it.
# usage: fetch.sh OUT   -> OUT/corpora (held-out pages, the round's chapters) and OUT/devcorpora (other pages of the
# same book, development material for later sessions).  Needs Debian's package archive (apt-get download, no root).
# Book: the BIND 9 Administrator Reference Manual 9.18 (package bind9-doc 1:9.18.49-1~deb12u3, MPL-2.0, Internet
# Systems Consortium), HTML as the package ships it.  The held-out pages were chosen by the lead by title and length
# only, not drawn and not read: the introduction to DNS, the DNSSEC chapter and the security-configuration chapter;
# every other page named below is open to engineers.
set -eu
O=$1; mkdir -p "$O/deb"; cd "$O/deb"
apt-get download bind9-doc=1:9.18.49-1~deb12u3 >/dev/null
dpkg-deb -x bind9-doc_*.deb x
M=$O/deb/x/usr/share/doc/bind9-doc/arm
put() { mkdir -p "$O/$1"; for f in "${@:3}"; do cp "$2/$f.html" "$O/$1/"; done; }
put corpora/dns/corpus/34-introduction $M chapter1
put corpora/dns/corpus/35-dnssec $M chapter5
put corpora/dns/corpus/36-security $M chapter7
put devcorpora/dns/corpus/01-resources-and-building $M chapter2 chapter10
put devcorpora/dns/corpus/02-configurations $M chapter3
put devcorpora/dns/corpus/03-operations $M chapter4
put devcorpora/dns/corpus/04-advanced $M chapter6
put devcorpora/dns/corpus/05-troubleshooting-and-reference $M chapter9 general
