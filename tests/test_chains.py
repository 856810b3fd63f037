"""Chains of one chunk (proda/ingest/extract/chains.py) on sentences written for these tests, several disciplines."""

from __future__ import annotations

import pytest

from proda.models import Chunk

pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def nlp():
    from proda.ingest.extract.nlp import NLPUnavailable, load_nlp

    try:
        return load_nlp()
    except NLPUnavailable as e:  # pragma: no cover
        pytest.skip(str(e))


def run(nlp, text: str, heading: str = "Section"):
    from proda.ingest.extract.chains import find_chains

    chunk = Chunk(ord=0, text=text, start=0, end=len(text), heading_path=["Book chapter", heading])
    chains, stmts = find_chains(nlp(text), chunk)
    for st in stmts:  # every transition is quoted verbatim and points at an existing step pair
        assert st.source_quote in text
        assert 0 <= st.step_index < len(chains[st.chain_index].steps) - 1
    for ch in chains:
        assert len(ch.events) == len(ch.steps)
    return chains, stmts


def test_inline_step_markers_give_the_numbered_steps_in_order(nlp):
    text = ("Signal Relay\n\nIn a relay network, a sensor detects a change in pressure (Step 1). The sensor then sends a "
            "signal to the controller (Step 2). The controller compares the signal with a set point (Step 3), and the "
            "controller opens a valve (Step 4). The open valve releases the excess gas (Step 5).")
    chains, stmts = run(nlp, text, "Signal Relay")
    assert len(chains) == 1
    ch = chains[0]
    assert ch.kind == "procedure" and len(ch.steps) == 5
    assert ch.steps[0].endswith("detects a change in pressure")
    assert "set point" in ch.steps[2] and "opens a valve" in ch.steps[3]
    assert ch.events[1].predicate.startswith("sends") and "signal" in ch.events[1].object
    assert "(Signal Relay)" in ch.name or "Signal Relay" in ch.name
    assert {s.step_index for s in stmts} >= {0, 2}


def test_long_list_items_after_an_introduction_naming_steps(nlp):
    items = [
        "The committee first collects written evidence from experts, agencies and members of the public who wish to "
        "comment. Staff members summarise the evidence in a report that is circulated to every member before any hearing.",
        "Members then question witnesses in public hearings. Each hearing is recorded, and the transcript is published "
        "so that citizens can follow the arguments that were made for and against the proposal.",
        "The committee votes on amendments to the draft. Amendments that pass are merged into a revised text, which the "
        "chair presents to the whole chamber together with a recommendation.",
    ]
    text = ("Committee Work\n\nBills are examined closely before a final vote. The following steps outline the review "
            "of a bill:\n\n" + "\n\n".join(items) + "\n\nPublic Opinion\n\nMany citizens never read these reports.")
    chains, _ = run(nlp, text, "Committee Work")
    assert len(chains) == 1
    ch = chains[0]
    assert len(ch.steps) == 3  # the heading and the paragraph after the list are not steps
    assert ch.steps[0].startswith("The committee first collects written evidence")
    assert ch.steps[1].startswith("Members then question witnesses")
    assert "review of a bill" in ch.name.lower() and "Committee Work" in ch.name


def test_a_list_of_goals_is_not_a_procedure(nlp):
    text = ("After studying this chapter, you will be able to:\n\nDescribe the structure of an atom\n\n"
            "Explain how ions form from atoms\n\nPredict the charge of common ions")
    assert run(nlp, text)[0] == []


def test_first_then_finally_sequence(nlp):
    text = ("Laboratory Practice\n\nTo prepare the solution, the technician first weighs the dry salt. Then the "
            "technician dissolves the salt in warm water. Next, she filters the solution through paper. Finally, "
            "she stores the clear solution in a dark bottle.")
    chains, _ = run(nlp, text, "Laboratory Practice")
    assert len(chains) == 1 and len(chains[0].steps) == 4
    assert chains[0].steps[1].startswith("the technician dissolves")
    assert chains[0].steps[3].startswith("she stores")


def test_first_second_third_reasons_are_not_a_sequence(nlp):
    text = ("Critics raise three objections. First, the survey ignores rural voters. Second, the sample is small. "
            "Third, the questions lead respondents toward one answer.")
    assert run(nlp, text)[0] == []


def test_causal_cascade_with_connectives_keeps_polarity(nlp):
    text = ("Water Balance\n\nAlcohol inhibits the release of antidiuretic hormone, which leads to increased urine "
            "output. As a result, the body loses water. Consequently, the blood volume falls. It also affects the brain.")
    chains, stmts = run(nlp, text, "Water Balance")
    assert len(chains) == 1
    ch = chains[0]
    assert ch.kind == "cascade" and len(ch.steps) == 4
    assert "affects the brain" not in " ".join(ch.steps)  # a pronoun alone does not continue the cascade
    first = ch.events[0]
    assert first.polarity == -1 and first.family == "inhibit" and "release of antidiuretic hormone" in first.object
    assert ch.events[1].polarity == 1 and "urine output" in ch.events[1].object
    assert ch.name.startswith("Alcohol")
    assert any(s.predicate_lemma == "lead_to" and s.step_index == 0 for s in stmts)


def test_less_is_kept_in_a_step(nlp):
    text = ("Weak stimulation of the heart reduces the force of contraction. As a result, less forceful contractions "
            "result in smaller stroke volumes. Consequently, cardiac output decreases.")
    chains, _ = run(nlp, text)
    assert len(chains) == 1
    ev = chains[0].events[1]
    assert ev.subject.lower().startswith("less forceful contractions")
    assert chains[0].events[0].polarity == -1


def test_pronoun_or_shared_word_alone_never_links(nlp):
    text = ("Rising inflation reduces purchasing power. It lowers consumer spending. It also raises interest rates.\n\n"
            "Inflation reduces savings. Savings fund investment. Investment drives growth.")
    assert run(nlp, text)[0] == []


def test_names_are_unique_and_say_which_process(nlp):
    text = ("Stars\n\nThe cloud collapses under gravity, which increases its temperature. As a result, the core ignites "
            "hydrogen fusion. Consequently, the star stops contracting.\n\nLater, the star exhausts its hydrogen, which "
            "causes the core to contract. As a result, the outer layers expand. Consequently, the star becomes a giant.")
    chains, _ = run(nlp, text, "Stellar Evolution")
    names = [c.name for c in chains]
    assert len(chains) == 2 and len(set(names)) == 2
    assert all("Stellar Evolution" in n and "→" in n for n in names)


def test_an_imperative_list_ends_where_the_imperatives_end(nlp):
    text = ("To name a compound, follow these steps:\n\nIdentify the longest chain of atoms.\n\n"
            "Count the atoms from the end nearest a branch.\n\nWrite the branches in alphabetical order.\n\n"
            "The following examples show how the rules apply to three common molecules.")
    chains, _ = run(nlp, text)
    assert len(chains) == 1 and len(chains[0].steps) == 3
    assert chains[0].steps[-1].startswith("Write the branches")
