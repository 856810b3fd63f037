"""A statement the book makes only under a condition the triple drops (issue 11, s27-S; module conditioned.py).

Real sentences of the development books (sysadmin and accounting chapters 01-04): each gave a bare triple at 6a42a90
that a teacher would mark wrong -- the condition sits on a clause above the frame's ("If a service doesn't seem to be
working ..., the first step ... is to check that the service is actually running"), the parser hung the opening
"When"/"Once" inside the subordinate clause, or the condition is a fronted "In cases where X".  Kept siblings: a
relative clause after a comma in a sentence opened by "When" (said of its noun in any case), a "when" clause on
another conjunct, "only" on the verb.
"""

from __future__ import annotations

from tests.statements_util import triples


def test_condition_on_the_clause_above_a_check():
    got = triples("If a service doesn't seem to be working as expected, the first step to solve the problem is to "
                  "check that the service is actually running with systemctl status; if it is not, and the messages "
                  "given by the first command are not enough to diagnose the problem, check the logs gathered by "
                  "journald about that service.")
    assert ("service", "is running with", "systemctl status") not in got


def test_condition_on_the_clause_above_a_verification():
    got = triples("Once transactions have been entered into GnuCash, it is important to verify that they agree with "
                  "the records of your financial institution.")
    assert ("transactions", "agree with", "records of financial institution") not in got


def test_condition_on_the_clause_a_participle_hangs_on():
    got = triples("When an application creates a file, it assigns indicative permissions, knowing that the system "
                  "automatically removes certain rights, given by the command umask.")
    assert ("system", "removes", "certain rights") not in got


def test_opening_when_hung_on_the_subordinate_subject():
    got = triples("When an application, or another part of the kernel, requires access to a block of such a device, "
                  "the appropriate subsystem routes the block to the relevant physical layer.")
    assert not any(s == "appropriate subsystem" for s, _, _ in got)


def test_opening_once_with_the_main_clause_read_as_a_relative():
    got = triples("Once the data have been copied to the “mirror”, the old disk can be added to the array.")
    assert ("old disk", "can be added to", "array") not in got


def test_fronted_in_cases_where():
    got = triples("In cases where this configuration cannot be used (for instance, if no public IP addresses can be "
                  "assigned to the containers), a virtual tap interface will be created and connected to the bridge.")
    assert not any(s == "virtual tap interface" for s, _, _ in got)


def test_relative_clause_after_a_comma_is_kept():
    got = triples("When cholesterol present in the epidermis is exposed to ultraviolet radiation, it is converted to "
                  "cholecalciferol, which then enters the blood.")
    assert ("cholecalciferol", "enters", "blood") in got


def test_when_clause_on_another_conjunct_is_kept():
    got = triples("libvirt-daemon-system provides the libvirtd daemon, which allows (potentially remote) management "
                  "of the virtual machines running of the host, and starts the required VMs when the host boots.")
    assert ("libvirtd daemon", "allows", "management of virtual machines") in got


def test_only_on_the_verb_is_no_condition():
    """"only" on the verb is no condition: conditioned.py leaves the frame alone.  (The sentence gives no statement
    since s27-O all the same -- "only" over a list split into one statement per member, only_lists.py.)"""
    from proda.ingest.extract.conditioned import conditioned
    from proda.ingest.extract.frames import frames
    from proda.ingest.extract.nlp import load_nlp

    sent = next(load_nlp("en_core_web_sm")(
        "Xen is currently only available for the i386, amd64, arm64 and armhf architectures.").sents)
    got = frames(sent)
    assert got and not any(conditioned(sent, fr) for fr in got)
    assert not any(s == "Xen" for s, _, _ in triples(sent.text))


def test_as_long_as_hung_under_the_verb():  # political science 03
    got = triples("The center left also supports higher taxes on inheritance and capital gains (the increase in the "
                  "value of investments) and higher personal and corporate tax rates, as long as taxes target the "
                  "wealthiest in society and tax revenues are used to reduce economic inequality and improve the lives "
                  "of the less fortunate.")
    assert not any(s == "center left" and p == "supports" for s, p, _ in got)


def test_for_as_long_as_a_duration_is_kept():  # sysadmin 01
    got = triples("The Debian security team handles security support in the current Stable release and also in the "
                  "Oldstable release (but only for as long as is needed to ensure one year of overlap with the current "
                  "stable release).")
    assert ("Debian security team", "handles", "security support in current Stable release") in got
