"""An argument cut just before the name it introduces keeps the name, or gives no frame (issue 11, session 27 V).

Development finding (sysadmin dev book, chapter 03): "Modules can be selectively enabled with semodule -e and
disabled with semodule -d" gave "modules | can be enabled with | semodule": the parser hangs the option "-e" on the
verb, so the object stopped before it and the fact lost what tells enabling from disabling.  Chapter 04: "... has
been renamed from codename/updates into codename-security" gave "... | has been renamed from | codename": the object
was cut at the slash of the old name, a wrong fact.  ``argument_cuts.identifier_tail`` adds a single option,
snake_case name or call ("now()") that follows an argument across a space; a list of names refuses the frame; a name
cut at a glued slash is refused like one cut at a hyphen.  The first two tests are the book's sentences; the others
are invented to pin the shapes (an option, a call, a list of options) and a sibling that must not change.
"""

from __future__ import annotations

from tests.statements_util import triples


def test_option_after_the_object_is_kept():
    got = triples("Modules can be selectively enabled with semodule -e and disabled with semodule -d.")
    assert ("modules", "can be enabled with", "semodule") not in got
    assert ("modules", "can be enabled with", "semodule -e") in got


def test_name_cut_at_its_slash_gives_no_frame():
    got = triples("Starting with Debian 11 Bullseye, the codename of the repository providing security updates has "
                  "been renamed from codename/updates into codename-security to avoid the confusion with "
                  "codename-updates (see Section 6.1.2.2, “Stable Updates”).")
    assert not any(o == "codename" for _, _, o in got)


def test_long_option_is_kept():
    assert ("tool", "accepts", "option --force") in triples("The tool accepts the option --force.")


def test_call_is_kept_with_its_parentheses():
    got = triples("The timestamp is computed by the function now() at commit.")
    assert ("function", "computes", "timestamp") not in got
    assert ("function now()", "computes", "timestamp") in got


def test_list_of_options_gives_no_frame():
    assert not any(o.startswith("options") for _, _, o in triples("The tool accepts the options -a, -b and -c."))


def test_plain_object_is_unchanged():
    got = triples("An aggregate function computes a single result from multiple input rows.")
    assert ("aggregate function", "computes", "single result from multiple input rows") in got
