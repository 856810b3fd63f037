#!/bin/bash
# Round 26's corpora: two disciplines no engineer had developed on, as a new user would point proda at them.
# usage: fetch.sh OUT   -> OUT/corpora (held-out pages, the round's chapters) and OUT/devcorpora (other pages of the
# same books, the session's development material).  Needs Debian's package archive (apt-get download, no root).
# Books: the GnuCash Tutorial and Concepts Guide (package gnucash-docs 4.13-1, GFDL; accounting) and The Debian
# Administrator's Handbook (package debian-handbook 11.20220922, GPL-2+/CC-BY-SA; system administration), both
# DocBook HTML.  The held-out pages were chosen by the lead, not drawn: the guide's concept pages (its most
# textbook-like prose: accounting concepts, not the software's menus) and two handbook chapters of computing and
# networking concepts; every other page named below was open to engineers.
set -eu
O=$1; mkdir -p "$O/deb"; cd "$O/deb"
apt-get download gnucash-docs=4.13-1 debian-handbook=11.20220922 >/dev/null
dpkg-deb -x gnucash-docs_*.deb x; dpkg-deb -x debian-handbook_*.deb y
G=$O/deb/x/usr/share/doc/gnucash-docs/gnucash-guide-en; H=$O/deb/y/usr/share/doc/debian-handbook/html/en-US
put() { mkdir -p "$O/$1"; for f in "${@:3}"; do cp "$2/$f.html" "$O/$1/"; done; }
put corpora/accounting/corpus/11-accounting-concepts $G basics-accounting1 chapter_accts cc-concepts1 loans_concepts1 \
  invest_concepts1 capgain_concepts1 capgain_value1 dep_concepts1 dep_value1 budget_concepts1 currency_concepts1
put corpora/sysadmin/corpus/11-remedial-course $H short-remedial-course sect.shell-environment \
  sect.filesystem-hierarchy sect.computer-layers sect.kernel-role-and-tasks sect.user-space
put corpora/sysadmin/corpus/12-network-infrastructure $H network-infrastructure sect.firewall-packet-filtering \
  sect.virtual-private-network sect.quality-of-service sect.dynamic-routing sect.ipv6 sect.domain-name-servers sect.dhcp
put devcorpora/accounting/corpus/01-transactions $G chapter_txns basics-entry1 expenses-concepts rpt_concepts
put devcorpora/accounting/corpus/02-business $G bus-intro bus_ar bus_ap bus_payroll bus_setup
put devcorpora/accounting/corpus/03-investments-loans $G invest_accounts1 invest-buy-stock1 invest-dividends1 \
  loans_calcs1 loans_mortgage1 capgain_example1 capgain_tax1 dep_example1 dep_accounts1 currency_trading_accts
put devcorpora/accounting/corpus/04-checkbook-cards $G cbook-accounts1 cbook-deposits1 cbook-withdrawals1 \
  cbook-reconacct1 cc-accounts1 cc-entercharge1 budget_creation1 oview-intro1 oview-features1
put devcorpora/sysadmin/corpus/01-debian-project $H the-debian-project sect.foundation-documents sect.debian-internals \
  sect.role-of-distributions sect.release-lifecycle
put devcorpora/sysadmin/corpus/02-unix-services $H unix-services sect.rights-management sect.user-group-databases \
  sect.task-scheduling-cron-atd sect.backup sect.syslog sect.inetd
put devcorpora/sysadmin/corpus/03-security $H security sect.x509-cert sect.selinux sect.apparmor \
  sect.dealing-with-compromised-machine sect.other-security-considerations sect.monitoring
put devcorpora/sysadmin/corpus/04-advanced-admin $H advanced-administration sect.virtualization \
  sect.automated-installation sect.manipulating-packages-with-dpkg packaging-system apt
