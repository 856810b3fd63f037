#!/bin/bash
# Round 32's corpus: a discipline no engineer had developed on (accounting and personal finance), as a new user would
# point proda at it.
# usage: fetch.sh OUT   -> OUT/corpora (held-out pages, the round's chapters) and OUT/devcorpora (other pages of the
# same book, development material for later sessions).  Needs Debian's package archive (apt-get download, no root).
# Book: the GnuCash Tutorial and Concepts Guide, English (package gnucash-docs 4.13-1, GFDL-1.1+), DocBook HTML as the
# package ships it (navigation headers and footers, figures, tables).  The held-out pages were chosen by the lead by
# title and length only, not drawn and not read: the guide's concept pages on accounting basics and account types,
# on investments and capital gains, and on depreciation and loans; every other page named below is open to engineers.
set -eu
O=$1; mkdir -p "$O/deb"; cd "$O/deb"
apt-get download gnucash-docs=4.13-1 >/dev/null
dpkg-deb -x gnucash-docs_*.deb x
M=$O/deb/x/usr/share/doc/gnucash-docs/gnucash-guide-en
put() { mkdir -p "$O/$1"; for f in "${@:3}"; do cp "$2/$f.html" "$O/$1/"; done; }
put corpora/accounting/corpus/21-accounting-concepts-and-accounts $M basics-accounting1 chapter_accts
put corpora/accounting/corpus/22-investments-and-capital-gains $M invest_concepts1 capgain_concepts1 capgain_value1 \
  capgain_tax1
put corpora/accounting/corpus/23-depreciation-and-loans $M dep_concepts1 dep_value1 loans_concepts1 loans_calcs1
put devcorpora/accounting/corpus/01-assets-and-liabilities $M accts-oa5 accts-oa12 accts-oa1 accts-oa2 accts-oa11
put devcorpora/accounting/corpus/02-currency-and-budgets $M currency_concepts1 currency_manual currency_trading_accts \
  budget_concepts1 budget_creation1
put devcorpora/accounting/corpus/03-checkbook-and-credit-cards $M cbook-accounts1 cbook-deposits1 cbook-reconacct1 \
  cc-concepts1 cc-accounts1 expenses-concepts
put devcorpora/accounting/corpus/04-business $M bus-intro bus_setup bus_ar bus_ap bus_payroll
put devcorpora/accounting/corpus/05-data-entry-and-transactions $M basics-entry1 chapter_txns invest_accounts1 \
  invest-buy-stock1 invest-dividends1
