"""A whole file path is a term and a statement's argument (issue 11, s27-P): since the parse keeps a path in one
token (tech_tokens, s27-W), a frame that ends in it ("... is stored in /etc/shadow") reads the whole path, and
:func:`proda.ingest.extract.terms.is_term` had refused it for its opening "/" (a stray punctuation mark): the wrong
statements on a path cut short ("is stored in shadow") went and no right one came.  A lone "/", "/etc" or "and/or"
stays no term.  Sentences are the system-administration development book's (sysadmin 02-03), as written."""

from __future__ import annotations

from proda.ingest.extract.nlp import load_nlp
from proda.ingest.extract.offline import extract_parsed
from proda.ingest.extract.terms import file_path, is_term, mention_term
from proda.models import Chunk


def _statements(text: str, heading: list[str], context: str) -> list[tuple[str, str, str]]:
    c = Chunk(id="chk_paths", doc_id="doc_paths", ord=0, text=text, start=0, end=len(text), heading_path=heading)
    ex = extract_parsed(c, load_nlp()(text), None, context + " " + text, None, None)
    return [(s.subject, s.predicate, s.object) for s in ex.statements]


def test_a_whole_path_is_a_term():
    for name in ("/etc/shadow", "/etc/init.d/rc", "/usr/share/munin/plugins/", "/etc/rsyslog.conf configuration file",
                 "~/notes/a.txt", "./configure/"):
        assert file_path(name.split()[0]) and is_term(name), name
        assert mention_term(name, 1, False), name  # "etc" and "shadow" are everyday words; the path is no prose


def test_a_slash_that_is_no_path_stays_no_term():
    for name in ("/", "/etc", "and/or", "/ etc", "etc/shadow", "http://example.org/a/b"):
        assert not file_path(name), name
    for name in ("/", "/etc", "/ etc", "/etc/shadow (x)", "/etc/shadow and /etc/passwd"):
        assert not is_term(name), name  # the words after a path are read as before: no bracket, no "and"


def test_password_stored_in_etc_shadow():
    text = ("password: this is a password encrypted by a one-way function (crypt), relying on DES, MD5, SHA-256 or "
            "SHA-512. The special value “x” indicates that the encrypted password is stored in /etc/shadow;")
    context = ("The /etc/shadow file contains the following fields: login; encrypted password; "
               "/etc/shadow, unlike its alter-ego, /etc/passwd, cannot be read by regular users.")
    got = _statements(text, ["8.4. User and Group Databases"], context)
    assert ("encrypted password", "is stored in", "/etc/shadow") in got, got
    assert not any(o in ("shadow", "etc/shadow") for _, _, o in got), got


def test_init_executes_its_rc_script():
    text = ("init distinguishes several runlevels, so it can switch from one to another with the telinit new-level "
            "command. Immediately, init executes /etc/init.d/rc again with the new runlevel.")
    context = ("After this stage, init takes over and starts the programs enabled in the default runlevel. "
               "It executes /etc/init.d/rc 2, a script that starts all services. The System V init system (which "
               "we'll call init for brevity) executes several processes. The first program that is executed (which "
               "corresponds to the sysinit step) is /etc/init.d/rcS, a script that executes all of the programs in "
               "the /etc/rcS.d/ directory.")
    got = _statements(text, ["9.1. System Boot"], context)
    assert ("init", "executes", "/etc/init.d/rc") in got, got
    assert not any("init.d/rc" in o and o != "/etc/init.d/rc" for _, _, o in got), got


def test_plugins_stored_in_a_folder():
    text = ("Each plugin is a simple program returning a description of the collected data as well as the latest "
            "measured value. Plugins are stored in /usr/share/munin/plugins/, but only those with a symbolic link "
            "in /etc/munin/plugins/ are really used.")
    context = ("Similarly, enabling an interesting plugin found in /usr/share/munin/plugins/ is a simple matter of "
               "setting up a symbolic link with ln -sf /usr/share/munin/plugins/plugin /etc/munin/plugins/. "
               "However, all plugins are scripts and most are rather simple.")
    got = _statements(text, ["12.4.1. Setting Up Munin"], context)
    assert ("plugins", "are stored in", "/usr/share/munin/plugins/") in got, got
    assert not any(o == "share/munin" for _, _, o in got), got
