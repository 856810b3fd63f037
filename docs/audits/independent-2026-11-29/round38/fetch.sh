#!/bin/bash
# Round 38's corpus: a discipline no engineer had developed on (operating systems and their administration: the
# kernel and user space, access rights, handling a compromised machine), as a new user would point proda at it.
# usage: fetch.sh OUT   -> OUT/corpora (held-out pages, the round's chapters) and OUT/devcorpora (other pages of the
# same book, development material for later sessions).  Needs Debian's package archive (apt-get download, no root).
# Book: The Debian Administrator's Handbook, Debian Bullseye edition (package debian-handbook 11.20220922,
# GPL-2.0+ or CC-BY-SA-3.0, see its copyright file), HTML as Publican wrote it, one section a page, with its
# navigation lines.  The held-out pages were chosen by the lead by title and length only, not drawn and not read:
# the kernel's role and user space, rights management, dealing with a compromised machine; every other page named
# below is open to engineers.
set -eu
O=$1; mkdir -p "$O/deb"; cd "$O/deb"
apt-get download debian-handbook=11.20220922 >/dev/null
dpkg-deb -x debian-handbook_*.deb x
M=$O/deb/x/usr/share/doc/debian-handbook/html/en-US
put() { mkdir -p "$O/$1"; for f in "${@:3}"; do cp "$2/$f.html" "$O/$1/"; done; }
put corpora/sysadmin/corpus/38-kernel-and-user-space $M sect.kernel-role-and-tasks sect.user-space
put corpora/sysadmin/corpus/39-rights-management $M sect.rights-management
put corpora/sysadmin/corpus/40-compromised-machine $M sect.dealing-with-compromised-machine
put devcorpora/sysadmin/corpus/01-the-project $M the-debian-project sect.foundation-documents sect.release-lifecycle
put devcorpora/sysadmin/corpus/02-computer-layers $M sect.computer-layers sect.filesystem-hierarchy
put devcorpora/sysadmin/corpus/03-security $M security sect.firewall-packet-filtering sect.other-security-considerations
put devcorpora/sysadmin/corpus/04-packages $M sect.package-authentication sect.source-package-structure
put devcorpora/sysadmin/corpus/05-system $M sect.hotplug sect.syslog sect.supervision
