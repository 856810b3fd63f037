"""Chains of one chunk (proda/ingest/extract/chains.py) on sentences written for these tests, several disciplines."""

from __future__ import annotations

import pytest

from proda.models import Chunk
from tests.chains_util import find

pytest.importorskip("spacy")


def run(nlp, text: str, heading: str = "Section"):
    chains, stmts = find(nlp, text, heading)
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
    # "which leads to" is said of the inhibition, not of the release ("release of ADH leads to increased urine
    # output" is false): no statement from it (review 9); the next step's statement stands
    assert not any(s.predicate_lemma == "lead_to" for s in stmts)
    assert any(s.subject == "body" and s.predicate == "loses" and s.object == "water" for s in stmts)


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


# ----------------------------------------------------------------------------- list vs process, events only


def test_a_first_second_finally_list_of_reasons_is_no_chain(nlp):
    # the shape of the audit's rejected sociology chains: parallel reasons announced by the lead-in
    text = ("Population Theory\n\nThe predicted collapse has not happened, for three reasons. First, new farming methods "
            "have increased the harvest per acre. Second, human ingenuity has developed new medicine to curtail death "
            "from disease. Finally, the widespread use of family planning has decreased the birth rate.")
    assert run(nlp, text, "Population Theory")[0] == []
    # the same items after a lead-in that announces nothing: "Second," / "Finally," alone do not make a sequence
    assert run(nlp, text.replace(", for three reasons", ""), "Population Theory")[0] == []


def test_is_process_predicate(nlp):
    from proda.ingest.extract.chain_rules import is_process

    def sp(text):
        return nlp(text)[:]

    items = [sp("Engineers design the bridge."), sp("Workers then build the bridge."), sp("Inspectors finally test it.")]
    assert is_process(sp("The project runs in four stages."), items, ["", "then", ""])
    assert is_process(None, items[:2], ["", "then"])  # "then": the item happens after the one before
    assert not is_process(sp("Engineers give several reasons."), items, ["", "then", ""])  # a lead-in announcing a list
    parallel = [sp("Voters elect a council."), sp("Another group elects the mayor.")]
    assert not is_process(None, parallel, ["first", "second"])
    shared = [sp("The council drafts a budget."), sp("The mayor signs the budget.")]
    assert is_process(None, shared, ["first", "second"])  # the second item acts on what the first produced


def test_the_following_steps_list_is_a_procedure(nlp):
    text = ("Making Paper\n\nThe following steps outline the making of paper:\n\nWorkers soak the wood chips in a "
            "chemical bath.\n\nThe softened chips are pressed into a thin pulp sheet.\n\nHeated rollers dry the pulp "
            "sheet into paper.")
    chains, _ = run(nlp, text, "Making Paper")
    assert len(chains) == 1 and chains[0].kind == "procedure" and len(chains[0].steps) == 3
    # the same items after a lead-in announcing factors are a list
    assert run(nlp, text.replace("The following steps outline the making of paper:",
                                 "Several factors affect the quality of paper:"), "Making Paper")[0] == []


def test_a_comparison_is_never_a_step(nlp):
    from proda.ingest.extract.chain_cascades import not_event

    def sp(text):
        return nlp(text)[:]

    text = ("Signals\n\nHormones travel through the bloodstream, where they bind to receptors on target cells, inducing "
            "a characteristic response. As a result, endocrine signaling requires more time than neural signaling.")
    chains, _ = run(nlp, text, "Signals")
    assert all("more time than" not in s for ch in chains for s in ch.steps)
    assert chains == []  # without the comparison two steps remain: no chain
    assert not_event(sp("Endocrine signaling is slower than neural signaling."))
    assert not_event(sp("Unlike the rich, the poor spend most of their income."))
    assert not_event(sp("A catalyst is a substance that speeds up a reaction."))  # a definition
    assert not not_event(sp("The catalyst lowers the activation energy."))


def test_cause_effect_across_sentences_gives_three_steps_with_composed_polarity(nlp):
    text = ("Heat Balance\n\nCold exposure reduces skin blood flow, which lowers heat loss from the skin. Reduced heat "
            "loss raises core body temperature.")
    chains, stmts = run(nlp, text, "Heat Balance")
    assert len(chains) == 1
    ch = chains[0]
    assert ch.kind == "cascade" and len(ch.steps) == 3
    assert ch.steps[2].startswith("Reduced heat loss raises")
    assert [e.polarity for e in ch.events] == [-1, -1, 1]
    sign = 1
    for e in ch.events:
        sign *= e.polarity
    assert sign == 1  # less blood flow -> less heat loss -> higher temperature: cold exposure raises temperature
    assert any(s.step_index == 1 and "temperature" in s.object for s in stmts)
    # the same sentences joined on a different subject do not link
    other = text.replace("Reduced heat loss raises", "Shivering raises")
    assert run(nlp, other, "Heat Balance")[0] == []


def test_a_shared_everyday_word_does_not_link_sentences(nlp):
    text = ("Markets rise when firms increase hiring, which raises demand. Demand increases prices. Higher prices "
            "reduce sales.")
    assert run(nlp, text)[0] == []


def test_a_next_subject_moving_against_the_previous_result_does_not_link(nlp):
    text = ("Cold exposure reduces skin blood flow, which lowers heat loss from the skin. Higher heat loss raises core "
            "body temperature.")
    assert run(nlp, text)[0] == []


def test_a_when_clause_is_the_event_before_its_main_clause(nlp):
    text = ("Glucose Control\n\nAs blood glucose levels rise, the beta cells release insulin, which increases glucose "
            "uptake by cells.")
    chains, _ = run(nlp, text, "Glucose Control")
    assert len(chains) == 1 and len(chains[0].steps) == 3
    assert chains[0].steps[0] == "blood glucose levels rise"
    assert chains[0].steps[1] == "the beta cells release insulin"
    # a condition is no event: "if" never opens a step
    assert run(nlp, text.replace("As blood glucose levels rise", "If blood glucose levels rise"), "Glucose Control")[0] == []


def test_no_transition_statement_from_an_unclear_reading(nlp):
    text = ("Thyroid Control\n\nLow blood levels of T3 stimulate the release of TRH from the hypothalamus, which triggers "
            "secretion of TSH from the anterior pituitary. In turn, TSH stimulates the thyroid gland to secrete T3 and T4.")
    chains, stmts = run(nlp, text, "Thyroid Control")
    assert len(chains) == 1 and len(chains[0].steps) == 3  # the chain stands
    # "which" hangs on "the hypothalamus" in the parse, but the text means the release of TRH: no statement from it
    assert not any(s.subject.lower().endswith("hypothalamus") for s in stmts)
    assert all(s.subject.split()[0].lower() not in ("it", "them", "this", "they") for s in stmts)


def test_a_list_noun_inside_a_step_does_not_make_a_list(nlp):
    text = ("Clotting\n\nFirst, damaged cells release clotting factors into the plasma. Then the clotting factors activate "
            "an enzyme called thrombin. Next, the thrombin cuts fibrinogen into strands of fibrin.")
    chains, _ = run(nlp, text, "Clotting")
    assert len(chains) == 1 and len(chains[0].steps) == 3


def test_a_clause_end_never_names_the_chain(nlp):
    # audit round 4: "Ventricle → it to close and producing an audible sound"; the section heading names it instead
    text = ("When the ventricle relaxes and blood attempts to flow back into the ventricle from the aorta, blood will "
            "fill the cusps of the valve, causing it to close and producing an audible sound.")
    chains, _ = run(nlp, text, "Heart Valve Structure and Function")
    assert chains and all("it to close" not in c.name for c in chains)
    assert all(c.name.startswith("Heart Valve Structure and Function") for c in chains)


def test_a_label_heading_names_no_process():
    from proda.ingest.extract.chains import _heading
    from proda.models import Chunk

    c = Chunk(id="c", doc_id="d", ord=0, text="x", start=0, end=1,
              heading_path=["Equilibrium", "Calculated equilibrium concentrations", "Answer:"])
    assert _heading(c) == "Calculated equilibrium concentrations"  # round 4: a chain named "Answer:"
    # round 6: a chain named "Chapter Review" (the apparatus heading at the end of "The Process of Breathing")
    c = c.model_copy(update={"heading_path": ["The Process of Breathing", "Chapter Review"]})
    assert _heading(c) == "The Process of Breathing"
    assert _heading(c.model_copy(update={"heading_path": ["Gases", "9.6 Summary"]})) == "Gases"  # numbered


def test_a_possessive_in_a_process_name_is_not_spaced(nlp):
    # audit round 4: the chain "Hormones ’ assembly (Synthesis and Release of Thyroid Hormones)"
    text = ("The following steps outline the hormones’ assembly:\n\nIodide is taken up by the follicle cells.\n\n"
            "Iodide is oxidized to iodine in the colloid.\n\nIodine is attached to tyrosine residues of thyroglobulin.")
    chains, _ = run(nlp, text, "Synthesis of Thyroid Hormones")
    assert chains and all(" ’" not in c.name and " '" not in c.name for c in chains), [c.name for c in chains]


# ----------------------------------------------------------------------------- named stages (chain_stages.py)

STAGES = ("Mead believed that there is a specific path of development that all people go through. During the "
          "preparatory stage, children are only capable of imitation: they have no ability to imagine how others see "
          "things. They copy the actions of their caregivers. This is followed by the play stage, during which "
          "children begin to take on the role that one other person might have.\n\nDuring the game stage, children "
          "learn to consider several roles at the same time and how those roles interact with each other.")


def test_named_stages_in_the_order_the_text_gives_them(nlp):
    chains, _ = run(nlp, STAGES, "Theories of Self-Development")
    seq = [c for c in chains if c.kind == "sequence"]
    assert len(seq) == 1
    steps = seq[0].steps
    assert [s.split(",")[0] for s in steps] == ["During the preparatory stage", "This is followed by the play stage",
                                                "During the game stage"]
    assert all(s in STAGES for s in steps)  # verbatim
    # the book's sentence whole, not the noun phrase "the play stage, during which ..." (audit round 10 judged that a
    # fragment; tests/test_chains_round12.py)


def test_announced_stages_are_each_described_in_order(nlp):
    text = ("Kohlberg developed a theory of moral development that includes three levels: preconventional, "
            "conventional, and postconventional. In the preconventional stage, young children experience the world "
            "only through their senses. It is not until the teen years that the conventional stage develops, when "
            "youngsters become aware of others' feelings. The final stage, called postconventional, is when people "
            "begin to think of morality in abstract terms.")
    chains, _ = run(nlp, text, "Moral Development")
    seq = [c for c in chains if c.kind == "sequence"]
    assert len(seq) == 1 and len(seq[0].steps) == 3
    assert "preconventional" in seq[0].steps[0] and "postconventional" in seq[0].steps[2]
    assert "conventional stage" in seq[0].steps[1]


def test_named_phases_without_an_order_or_side_by_side_are_no_sequence(nlp):
    states = ("In the solid phase, particles vibrate in place. In the liquid phase, particles slide past one another. "
              "In the gas phase, particles move freely and fill their container.")
    listed = ("The solid, liquid and gas phases differ in density. Then the liquid phase is heated. After the gas "
              "phase forms, pressure rises. During the solid phase, nothing moves.")
    for text in (states, listed):
        chains, _ = run(nlp, text, "States of Matter")
        assert not [c for c in chains if c.kind == "sequence"], text


def test_a_chain_running_into_the_next_chunk_belongs_to_the_chunk_it_starts_in(nlp):
    """Chunks are a few paragraphs; a window over the seam finds the whole sequence, and only once."""
    from spacy.tokens import Doc

    from proda.ingest.extract.offline import window

    cut = STAGES.index("During the game stage")
    a_text, b_text = STAGES[:cut].rstrip(), STAGES[STAGES.index("This is followed"):]
    doc = "d1"
    a = Chunk(ord=0, text=a_text, start=0, end=len(a_text), heading_path=["Self"], doc_id=doc)
    b = Chunk(ord=1, text=b_text, start=STAGES.index("This is followed"), end=len(STAGES), heading_path=["Self"],
              doc_id=doc)
    da, db = nlp(a_text), nlp(b_text)
    alone_a, _ = run(nlp, a_text)
    assert not [c for c in alone_a if c.kind == "sequence"]  # two stages only in the first chunk
    w = window(nlp, a, da, b, db)
    assert isinstance(w[0], Doc) and w[0].text.startswith(a_text) and w[0].text.endswith("each other.")
    from proda.ingest.extract.chains import find_chains

    chains, _ = find_chains(w[0], a, w[1])
    assert [len(c.steps) for c in chains if c.kind == "sequence"] == [3]
    # the second chunk's own window starts at its text: the sequence's first step is not in it
    chains_b, _ = find_chains(db, b)
    assert not [c for c in chains_b if c.kind == "sequence"]
    other = Chunk(ord=0, text=b_text, start=0, end=len(b_text), doc_id="another")
    assert window(nlp, a, da, other, db) is None  # never across documents
    # nor across a heading: a list that ends a section would run on into the next section's blocks (the supernova
    # steps took the "Measuring a parallax" heading as a fifth step, and the chain was lost)
    assert window(nlp, a, da, b.model_copy(update={"heading_path": ["Self", "Next section"]}), db) is None


def test_a_list_of_imperatives_ends_where_the_prose_resumes(nlp):
    """Audit round 5: two listed practices, then commentary and a question to the reader, were taken as five steps."""
    text = ("Anti-racism is a continuous process that calls for the commitment of all members of society, including "
            "the following practices:\n\nUnderstand and own the racist ideas in which we have been socialized.\n\n"
            "Identify racist policies and practices and replace them with antiracist policies and practices.\n\n"
            "Anti-racism need not be confrontational in the sense of engaging in direct arguments with people.\n\n"
            "What does it mean to you to be an anti-racist? Are recent protests making any changes?")
    chains, _ = run(nlp, text, "How to Be an Antiracist")
    assert chains == []
    procedure = ("To measure the parallax of a nearby star, an astronomer follows these steps:\n\nPhotograph the star "
                 "against the distant background stars in January.\n\nPhotograph the same field again six months "
                 "later.\n\nMeasure the apparent shift of the star against the background stars.\n\nDivide the shift "
                 "by two to obtain the parallax angle.")
    chains, _ = run(nlp, procedure, "Measuring a parallax")
    assert [len(c.steps) for c in chains] == [4]


def test_an_outcome_named_before_its_when_clause_is_not_the_first_step(nlp):
    """Audit round 5: "A glucose-sparing effect occurs when GH stimulates lipolysis ..., releasing fatty acids" made
    the glucose-sparing effect step 1, so the options put the outcome before its causes ("a true distractor").  The
    cascade starts at the when-clause; a fronted "When X, Y" still starts at X."""
    text = ("A glucose-sparing effect occurs when GH stimulates lipolysis, or the breakdown of adipose tissue, releasing "
            "fatty acids into the blood. As a result, many tissues switch from glucose to fatty acids as their main "
            "energy source, which means that less glucose is taken up from the bloodstream.")
    chains, _ = run(nlp, text, "Growth Hormone")
    assert len(chains) == 1
    steps = chains[0].steps
    assert steps[0].startswith("GH stimulates lipolysis") and not any("glucose-sparing effect" in s for s in steps)
    assert steps[1].startswith("releasing fatty acids")


def test_a_chain_never_starts_on_a_continuation_whose_cause_was_left_out(nlp):
    """Audit round 6: "During inspiration, the diaphragm and external intercostal muscles contract, causing the rib
    cage to expand ..." lost its first clause (the parse reads "contract" as a noun) and the chain started on
    "causing the rib cage to expand": a step whose cause is missing."""
    text = ("During inspiration, the diaphragm and external intercostal muscles contract, causing the rib cage to "
            "expand and move outward, and expanding the thoracic cavity and lung volume. This creates a lower "
            "pressure within the lung than that of the atmosphere, causing air to be drawn into the lungs.")
    chains, _ = run(nlp, text, "Chapter Review")
    for ch in chains:
        assert not ch.steps[0].lower().startswith(("causing", "which", "this")), ch.steps


def _seam(nlp, a_text: str, b_text: str):
    """Two chunks of one document and section, ``b`` right after ``a``: (a, b, a's window over the seam, b's parse)."""
    from proda.ingest.extract.offline import window

    text = a_text + "\n\n" + b_text
    a = Chunk(ord=0, text=a_text, start=0, end=len(a_text), heading_path=["Guilds"], doc_id="d")
    b = Chunk(ord=1, text=b_text, start=len(a_text) + 2, end=len(text), heading_path=["Guilds"], doc_id="d")
    db = nlp(b_text)
    return a, b, window(nlp, a, nlp(a_text), b, db), db


def test_a_sequence_announced_before_the_seam_belongs_to_the_chunk_of_its_announcement(nlp):
    """ "… had four distinct phases: A, B, C, and D." ends one chunk and the phases are described in the next (a
    chunk is a few paragraphs): the chunk holding the announcement owns the chain, whose steps all lie past the seam;
    the next chunk, which never sees the announcement, finds none (audit round 6: a five-stage sequence was lost)."""
    from proda.ingest.extract.chains import find_chains

    a_text = ("Historians of the guild system agree on its course. They observed that the system had four distinct "
              "phases: formation, expansion, rigidity, and dissolution.")
    b_text = ("The first phase, formation, began when craftsmen of one trade agreed on common prices. Expansion "
              "followed, as the guilds won charters from the towns. In the third phase, rigidity, masters closed "
              "entry to newcomers. In the final phase, dissolution, the guilds lost their privileges to free trade.")
    a, b, w, db = _seam(nlp, a_text, b_text)
    chains, _ = find_chains(w[0], a, w[1])
    seq = [c for c in chains if c.kind == "sequence"]
    assert len(seq) == 1 and len(seq[0].steps) == 4, [c.steps for c in chains]
    assert "formation" in seq[0].steps[0] and "dissolution" in seq[0].steps[3]
    assert not [c for c in find_chains(db, b)[0] if c.kind == "sequence"]


@pytest.mark.parametrize("text,first", [
    # a sentence adverb before the when-clause relates the sentence to the one before; it is no contrast inside it
    ("However, when the threshold is reached, the activation gate opens, allowing sodium ions to rush into the cell.",
     "the threshold is reached"),
    ("However, when interest rates rise, households borrow less money, which reduces spending on durable goods.",
     "interest rates rise"),
    # review: a linking adverb before the when-clause is stripped with it ("when ..." was left in the step)
    ("Consequently, when interest rates rise, households borrow less money, which reduces spending on durable goods.",
     "interest rates rise"),
    # the small pipeline tags "rises" as a plural noun here; with its own subject it is the clause's verb
    ("When blood glucose rises, the pancreas releases insulin, which causes cells to take up glucose.",
     "blood glucose rises"),
])
def test_a_when_clause_after_a_sentence_adverb_or_with_a_mistagged_verb_opens_the_cascade(nlp, text, first):
    chains, _ = run(nlp, text, "Section")
    assert [len(c.steps) for c in chains] == [3], [c.steps for c in chains]
    assert chains[0].steps[0] == first
    # a contrast inside the sentence still keeps its clauses apart
    contrasted = text.replace(", which", ", whereas it").replace(", allowing", ", whereas it is allowing")
    assert not [c for c in run(nlp, contrasted, "Section")[0] if len(c.steps) >= 3]


def test_a_process_found_by_both_chunks_of_a_seam_is_kept_once(nlp):
    """Review: the announcement's chunk owns the chain past the seam, and the next chunk may find the same phases by
    another rule ("During the formation phase … This was followed by the expansion phase …"), with steps cut
    differently, so another chain id. ``repeated_chains`` keeps the first; a chain of other steps stays."""
    from proda.ingest.extract.chains import find_chains, repeated_chains

    a_text = ("Historians of the guild system agree on its course. They observed that the system had four distinct "
              "phases: formation, expansion, rigidity, and dissolution.")
    b_text = ("During the formation phase, craftsmen of one trade agreed on common prices. This was followed by the "
              "expansion phase, when the guilds won charters from the towns. Next came the rigidity phase, when "
              "masters closed entry to newcomers. Finally, in the dissolution phase, the guilds lost their privileges.")
    a, b, w, db = _seam(nlp, a_text, b_text)
    in_a, in_b = find_chains(w[0], a, w[1])[0], find_chains(db, b)[0]
    assert [c.kind for c in in_a] == ["sequence"] and [c.kind for c in in_b] == ["sequence"]  # the same phases twice
    other = ["Wool is sheared from the sheep in spring", "The wool is spun into yarn", "The yarn is woven into cloth"]
    found = [("d", [c.steps for c in in_a]), ("d", [c.steps for c in in_b] + [other]), ("e", [c.steps for c in in_b])]
    assert repeated_chains(found) == {(1, 0)}  # another document's chains are its own


def test_announced_levels_without_a_word_of_order_are_no_sequence(nlp):
    """Audit round 7: classes announced as levels and described one per sentence are ranks, not stages that follow
    one another in time; the chain (and its order item) was rejected. A word of order ("final", "then") is needed."""
    text = ("Economists divide households into three levels: upper, middle, and lower. The upper level holds the "
            "highest fifth of incomes. The middle level holds the three fifths in between. The lower level holds "
            "the lowest fifth of incomes.")
    chains, _ = run(nlp, text, "Income Classes")
    assert not [c for c in chains if c.kind == "sequence"], [c.steps for c in chains]
