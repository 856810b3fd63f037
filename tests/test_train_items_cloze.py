"""Cloze items (proda/train/items/cloze.py): a sentence of the book with one noun phrase blanked.  The rows are real
statements of the round-8 knowledge bases (/tmp/audit8/kb-*, development chapters), stored as extraction stored
them, with the chunk text around their quote."""

from __future__ import annotations

from proda.ids import concept_id, statement_id
from proda.train import synth
from proda.train.items.cloze import BLANK, _points_back, blank_span, cloze, cloze_items
from proda.train.items.phrases import parse
from proda.train.items.render import prepare

DOC = "corpus/21-the-lymphatic-and-immune-system/a.html"


def kb_of(rows, chunk_before="", chains=(), steps=()):
    """A KB from (subject, predicate, object, quote) rows, each in a chunk that holds ``chunk_before`` + its quote."""
    out = [{"id": statement_id(concept_id(s), p, concept_id(o)), "subject": s, "predicate": p, "object": o,
            "quote": q, "subject_id": concept_id(s), "object_id": concept_id(o), "chains": list(chains),
            "chunk": f"k{k}", "document": DOC, "polarity": -1 if p.endswith("_not") else 1,
            "negated": p.endswith("_not")}
           for k, (s, p, o, q) in enumerate(rows)]
    kb = synth.KB(out, [], list(steps), {r["chunk"]: chunk_before + r["quote"] + " Next sentence." for r in out})
    prepare(kb)
    return kb


def one(kb):
    return cloze(kb, kb.statements[0])


TOLERANCE = ("In peripheral tolerance, functional, mature B cells leave the bone marrow but have yet to be exposed to "
             "self-antigen.")
PROSTA = ("Prostaglandins cause vasodilation by relaxing vascular smooth muscle and are a major cause of the pain "
          "associated with inflammation.")


def test_a_statement_whose_triple_lost_its_scope_is_taught_by_a_cloze_that_keeps_it():
    """Round 8 taught 20 of anatomy's 448 statements: "functional mature B cells in peripheral tolerance, leave
    bone marrow" is refused by every triple item (the subject carries the quote's fronted scope).  The cloze shows
    the book's sentence, scope included, and blanks only the object."""
    kb = kb_of([("functional mature B cells in peripheral tolerance,", "leave", "bone marrow", TOLERANCE)])
    items, _ = synth.generate(kb, seed=0)
    taught = [i for i in items if kb.statements[0]["id"] in i.statement_ids]
    assert [i.subtype for i in taught] == ["cloze"]
    (it,) = taught
    assert "In peripheral tolerance, functional, mature B cells leave _____ but have yet" in it.prompt
    assert it.answer.startswith("the bone marrow.") and TOLERANCE in it.answer
    assert set(it.concept_ids) == {kb.statements[0]["subject_id"], kb.statements[0]["object_id"]}


def test_the_blank_filled_with_the_answer_is_the_books_sentence():
    kb = kb_of([("prostaglandins", "cause", "vasodilation", PROSTA)])
    prompt, answer = one(kb)
    assert answer == "vasodilation" and prompt.replace(BLANK, answer) == PROSTA


def test_a_cut_object_grows_to_the_whole_noun_phrase_and_a_negation_stays_in_the_prompt():
    """The extractor's "anterior portion of hip bone" and "theories of Europeans" lost their articles; the blank is
    the quote's own phrase.  A negation stays in the prompt ("do not contain"); a negated copula ("Private
    ownership is not the only media model") gives none since audit round 11 ("Taco Bell is not _____.")."""
    kb = kb_of([("pubis", "forms", "anterior portion of hip bone",
                 "The pubis forms the anterior portion of the hip bone.")])
    assert one(kb)[1] == "the anterior portion of the hip bone"
    kb = kb_of([("Tea Party activists", "opposed", "big government", "Tea Party activists also opposed big government, "
                 "high taxes, and political corruption and supported gun rights and traditional family values.")])
    assert one(kb)[1] == "big government, high taxes, and political corruption"  # the whole coordination
    kb = kb_of([("private ownership", "is_not", "only media model", "In most countries, private ownership is not the "
                 "only media model.")])
    assert one(kb) is None
    kb = kb_of([("private ownership", "is_not", "only media model", "Private ownership is not the only media model.")])
    assert one(kb) is None
    kb = kb_of([("mature red cells", "do_not_contain", "nucleus", "Mature red cells do not contain a nucleus.")])
    assert one(kb) == ("Mature red cells do not contain _____.", "a nucleus")


def test_a_sentence_cut_at_its_start_in_the_chunk_gives_no_cloze():
    """"Amendment guarantees that ..." is the tail of "... the due process clause of the 14th Amendment guarantees
    that ...": the quote is no whole sentence of the book."""
    q = ("Amendment guarantees that the government will defend as a fundamental liberty the right to choose whom one "
         "will marry.")
    row = ("government", "will_defend", "right to choose whom one will marry", q)
    assert one(kb_of([row], "The Supreme Court held that the due process clause of the 14th ")) is None
    pro = ("prostaglandins", "cause", "vasodilation", PROSTA)
    assert one(kb_of([pro], "Leukotrienes attract neutrophils. ")) is not None  # a sentence start
    assert one(kb_of([pro], "Lipid mediators called ")) is None  # the same sentence, cut


def test_a_sentence_about_a_pronoun_gives_no_cloze():
    """"They hunted animals for their meat ...": who "they" are is in another sentence (the extractor even made
    "abundant resources" the subject)."""
    q = "They hunted animals for their meat and gathered wild fruits, vegetables, and cereals."
    assert one(kb_of([("abundant resources", "hunted", "animals for their meat", q)])) is None
    q = "This curved, superior margin of the ilium is the iliac crest."
    assert one(kb_of([("superior margin of ilium", "is", "iliac crest", q)])) is None


def test_a_blank_the_parse_cuts_inside_a_phrase_gives_no_cloze():
    """"Clonal selection is [the process of antigen] binding only to ...": the participle belongs to the blank's
    phrase, so the blank would be half a constituent; "(ΔS > 0" and "HF < HCl < HBr" are formulas cut apart."""
    q = ("Clonal selection is the process of antigen binding only to those T cells that have receptors specific to "
         "that antigen.")
    assert one(kb_of([("clonal selection", "is", "process of antigen binding only to those T cells that have "
                       "receptors specific to that antigen", q)])) is None
    q = "Since Wf > Wi, the expansion process involves an increase in entropy (ΔS > 0) and is spontaneous."
    assert one(kb_of([("expansion process", "involves", "increase in entropy", q)])) is None


def test_a_sentence_that_lost_a_reference_gives_no_cloze():
    """"Results of the calculations in have just shown ...": the figure reference after "in" was dropped."""
    q = ("Results of the calculations in have just shown the spontaneous process is described by a positive cell "
         "potential while the nonspontaneous process exhibits a negative cell potential.")
    assert one(kb_of([("nonspontaneous process", "exhibits", "negative cell potential", q)])) is None
    fixed = q.replace("calculations in have", "calculations have")
    assert one(kb_of([("nonspontaneous process", "exhibits", "negative cell potential", fixed)])) is not None


def test_no_cloze_from_a_benchmark_sentence_a_heading_or_two_sentences():
    """A chain's transition or a sentence sharing an 8-gram with a step is benchmark text; a heading or a quote of
    two sentences is no sentence to complete."""
    row = ("prostaglandins", "cause", "vasodilation", PROSTA)
    assert one(kb_of([row], chains=["ch_1"])) is None
    assert one(kb_of([row], steps=[PROSTA])) is None
    assert one(kb_of([("catalysts", "do_not_affect", "equilibrium", "Catalysts Do Not Affect Equilibrium")])) is None
    two = "The pubis forms the anterior portion of the hip bone. The ischium forms the posterolateral portion."
    assert one(kb_of([("pubis", "forms", "anterior portion of hip bone", two)])) is None


def test_one_cloze_per_sentence_and_none_whose_answer_stays_in_the_prompt():
    q = ("Tea Party activists also opposed big government, high taxes, and political corruption and supported gun "
         "rights and traditional family values.")
    kb = kb_of([("Tea Party activists", "opposed", "big government", q),
                ("Tea Party activists", "supported", "gun rights", q)])
    (item,) = cloze_items(kb, 0)
    assert item.statement_ids == [kb.statements[0]["id"]]  # "gun rights" is no part of the blank
    kb = kb_of([("Tea Party activists", "opposed", "big government", q),
                ("Tea Party activists", "opposed", "high taxes", q)])
    (item,) = cloze_items(kb, 0)  # the blank holds both objects: both statements are taught
    assert sorted(item.statement_ids) == sorted(s["id"] for s in kb.statements)
    q = "Blood pressure depends on blood volume, and blood volume depends on the kidneys."
    assert one(kb_of([("blood pressure", "depends_on", "blood volume", q)])) is None


def test_no_cloze_from_a_sentence_the_benchmark_may_offer_as_a_wrong_option():
    """The benchmark draws wrong options from the other sentences of a chain's section and from sentences about its
    concepts; the steps (the keys) are never taught.  Round 8 chemistry: "A solution of acetic acid and sodium
    acetate ... is an example of a buffer ..." was a wrong option of the buffer chain's item and, as a cloze, would
    have been the one option seen in training."""
    q = ("A solution of acetic acid and sodium acetate (CH3COOH + CH3COONa) is an example of a buffer that consists "
         "of a weak acid and its salt.")
    row = ("solution of acetic acid and sodium acetate", "is_an_example_of", "buffer that consists of a weak acid and "
           "its salt", q)
    assert len(cloze_items(kb_of([row]), 0)) == 1
    kb = kb_of([row])
    kb.chain_steps = [{"text": "As the lactic acid enters the bloodstream, it is neutralized by the HCO3− ion",
                       "concepts": [concept_id("lactic acid")], "documents": [DOC]}]
    assert cloze_items(kb, 0) == []  # the chain's section
    kb = kb_of([row])
    kb.chain_steps = [{"text": "...", "concepts": [kb.statements[0]["object_id"]], "documents": ["corpus/14/b.html"]}]
    assert cloze_items(kb, 0) == []  # a sentence about one of the chain's concepts


def test_a_subject_that_names_its_thing_only_in_the_sentence_before_gives_no_cloze():
    """"The large anterior opening is the obturator foramen": the opening of what (the hip bone) was said before;
    "The expanded distal end of each metatarsal" and "The patella" say what they are about."""
    q = "The large anterior opening is the obturator foramen."
    assert one(kb_of([("large anterior opening", "is", "obturator foramen", q)])) is None
    q = "The expanded distal end of each metatarsal is the head of the metatarsal bone."
    assert one(kb_of([("expanded distal end of each metatarsal", "is", "head of metatarsal bone", q)])) is not None
    q = "The patella (kneecap) is the largest sesamoid bone of the body."
    assert one(kb_of([("patella", "is", "largest sesamoid bone of body", q)])) is not None


def test_the_llm_generator_never_rewords_a_cloze():
    """The prompt says "the words of the text": a reworded sentence would make that false.  Other drafts are still
    sent for rewording."""
    import json
    from types import SimpleNamespace

    from proda.train.items.draft import Draft, SynthReport
    from proda.train.items.llm import rewrite_llm

    kb = kb_of([("prostaglandins", "cause", "vasodilation", PROSTA)])
    (cz,) = cloze_items(kb, 0)
    other = Draft("open_qa", "function", "What do prostaglandins cause?", "Prostaglandins cause vasodilation.",
                  concept_ids=list(cz.concept_ids), statement_ids=list(cz.statement_ids))
    sent = []

    class Client:
        def map_chat(self, messages, return_exceptions=False):
            sent.extend(messages)
            reply = {"question": "Teacher asks: what do they cause?", "explanation": "They cause vasodilation."}
            return [SimpleNamespace(content=json.dumps(reply)) for _ in messages]

    rep = SynthReport()
    out = rewrite_llm([cz, other], kb, Client(), rep)
    assert out[0] is cz and len(sent) == 1 and rep.llm_rewritten == 1
    assert out[1].generator == "llm" and out[1].stem.startswith("Teacher asks")


def test_fewer_replies_than_requests_is_an_error_not_a_misaligned_rewrite():
    """The replies are matched to the drafts by position: a client that returns fewer (a broken proxy, a batch cut
    short) would pair a draft with another's rewording or end in a bare StopIteration."""
    import json
    from types import SimpleNamespace

    import pytest

    from proda.train.items.draft import Draft, SynthReport
    from proda.train.items.llm import rewrite_llm

    kb = kb_of([("prostaglandins", "cause", "vasodilation", PROSTA)])
    drafts = [Draft("open_qa", "function", f"What do prostaglandins cause ({k})?", "Prostaglandins cause vasodilation.",
                    statement_ids=[kb.statements[0]["id"]]) for k in range(3)]

    class Short:
        def map_chat(self, messages, return_exceptions=False):
            reply = {"question": "What do they cause?", "explanation": "They cause vasodilation."}
            return [SimpleNamespace(content=json.dumps(reply)) for _ in messages[1:]]

    with pytest.raises(ValueError, match="2 replies for 3 requests"):
        rewrite_llm(drafts, kb, Short(), SynthReport())


def test_a_blank_that_points_back_gives_no_cloze():
    """The answer would name its thing only in relation to the sentences before (remaining after what? which two
    classes?).  A coordination ("both glucagon and insulin") and a comparison inside the blank ("the same pattern
    as nerve development") name their things."""
    refused = [("pale thin layer", "composed of", "remaining formed elements of blood", "Located above the "
                "erythrocytes is a pale, thin layer composed of the remaining formed elements of blood."),
               ("mass production", "offered", "classes", "However, the Lynds observed, mass production offered both "
                "classes the same amenities."),
               ("hemopoiesis of lymphocytes", "progresses differently from", "process for other formed elements",
                "However, hemopoiesis of lymphocytes progresses somewhat differently from the process for the other "
                "formed elements.")]
    for row in refused:
        assert one(kb_of([row])) is None, row[3]
    q = "An inhibiting hormone, pancreatic somatostatin inhibits the release of both glucagon and insulin."
    assert one(kb_of([("pancreatic somatostatin", "inhibits", "release of both glucagon and insulin", q)]))[1] == \
        "the release of both glucagon and insulin"
    q = "For example, the heart receives connections from both the sympathetic and parasympathetic divisions."
    assert one(kb_of([("heart", "receives", "connections from both sympathetic and parasympathetic divisions", q)]))[1] \
        == "connections from both the sympathetic and parasympathetic divisions"  # anatomy round 8
    q = ("The somatic nervous system is associated with voluntary responses (though many can happen without "
         "conscious awareness, like breathing), and the autonomic nervous system is associated with involuntary "
         "responses, such as those related to homeostasis.")
    a, b = blank_span(q, "involuntary responses")
    assert not _points_back(parse(q)[a:b]) and parse(q)[a:b].text.endswith("such as those related to homeostasis")
    q = ("Blood vessel development often follows the same pattern as nerve development and travels to the same "
         "target tissues and organs.")
    assert one(kb_of([("blood vessel development", "follows", "same pattern as nerve development", q)]))[1] == \
        "the same pattern as nerve development"


def test_the_quotes_a_subject_is_named_in_are_read_as_they_are_now():
    """A name the text repeats is what the sentence is about; the count is taken from the statements as they are
    when the items are drawn, not from a copy kept on the KB (a repair loop adds statements)."""
    kb = kb_of([("large anterior opening", "is", "obturator foramen",
                 "The large anterior opening is the obturator foramen.")])
    assert one(kb) is None  # the opening of what: said only here
    kb.statements += kb_of([("large anterior opening", "lets", "nerves",
                             "The large anterior opening lets nerves and vessels pass to the thigh.")]).statements
    assert one(kb) is None  # a copula stem: a repeated name says what it is about, not which description the
    # blank holds (audit round 11: "The nervous system is _____."); a verb of its own fixes it:
    kb = kb_of([("large anterior opening", "carries", "obturator nerve",
                 "The large anterior opening carries the obturator nerve.")])
    assert one(kb) is None
    kb.statements += kb_of([("large anterior opening", "lets", "nerves",
                             "The large anterior opening lets nerves and vessels pass to the thigh.")]).statements
    assert one(kb) == ("The large anterior opening carries _____.", "the obturator nerve")


def test_the_quote_index_counts_what_a_scan_counts():
    from proda.train.items.cloze import Quotes

    texts = ["The large anterior opening is here.", "Large anterior openings vary.", "A non-large anterior opening.",
             "The anterior opening, large.", "Cell-to-cell contact matters.", "The cell to cell path."]
    quotes = Quotes([{"quote": t} for t in texts])
    for phrase in ("large anterior opening", "anterior opening", "large anterior", "cell-to-cell contact",
                   "cell to cell", "opening", "pen", "arge anterior open", "missing words here"):
        assert quotes.count(phrase) == sum(phrase in t.lower() for t in texts), phrase


# audit round 9 (train sheets): a cloze that leans on the sentences before, or whose key is no fact, is refused;
# a sibling of the same construction that stands alone still gets its blank
LEANS = [
    ("clothing", "produced_in", "building", "Clothing for the store was produced in the building, as well."),
    ("country", "exerts", "strong control", "Even so, the country exerts strong control by identifying and "
     "prosecuting some violators of the bans, and undertaking more far-reaching tactics."),
    ("legislator", "can_be", "trustee", "Alternatively, the legislator can be a trustee for their constituents."),
    ("sultan", "creates", "laws", "Instead, the sultan creates all laws, and the function of the council is to be "
     "a venue for the sultan to discuss different policy ideas."),
    ("poverty", "concentrated_in", "South Asia", "In fact, most poverty is concentrated in South Asia."),
    ("impact", "delivers", "worse news", "Americans seem to view this phenomenon with great concern, indicating "
     "that the impact of customized or personalized news delivers worse news."),
    ("molarity", "is", "concentration unit", "Molarity (M) is a useful concentration unit for many applications "
     "in chemistry."),
    ("pigments", "soluble_in", "water", "Determination of Ksp from Gram SolubilityMany of the pigments used by "
     "artists in oil-based paints are sparingly soluble in water."),
    ("society", "prepared_for", "advent", "While society prepared for the advent of communism,Communism is an "
     "economic system in which the means of production would be owned by every individual in a society."),
    ("anomie", "experienced_in", "times", "Anomie is experienced in times of social uncertainty, such as war or a "
     "great upturn or downturn in the economy."),
]
STANDS = [
    ("clothing", "produced_in", "factories", "Clothing for the store was produced in Bangladeshi factories, as "
     "well."),
    ("global inequality", "described_in", "terms", "Also during the Cold War, global inequality was described in "
     "terms of economic development."),
    ("financial crises", "are", "feature", "In market economies, financial crises are a regular feature of the "
     "business cycle."),
    ("complexes", "have", "electrons", "Many transition metal complexes have unpaired electrons and hence are "
     "paramagnetic."),
    ("government", "can_print", "money", "In terms of monetary policy, the government can print money, or it can "
     "increase interest rates to curb consumption."),
    ("muscles", "position", "larynx", "The muscles of the anterior neck facilitate swallowing and speech, "
     "stabilize the hyoid bone and position the larynx."),
]


def test_a_cloze_that_leans_on_the_sentences_before_is_refused():
    """Round 9 rejects: a connective that continues the sentence before, a demonstrative, "the" and one everyday
    noun as the key, a judged complement, glued text, a cut coordination."""
    for row in LEANS:
        assert one(kb_of([row])) is None, row[3]


def test_a_sibling_that_stands_alone_keeps_its_blank():
    for row in STANDS:
        got = one(kb_of([row]))
        assert got is not None and got[0].replace(BLANK, got[1]) == row[3], row[3]
    # the original sentence of the "In market economies" row: its subject, a term of the KB, says which crises the
    # sentence is about, not which of their descriptions the blank holds (audit round 11: "The nervous system is
    # _____." refused); a verb of its own fixes the blank
    from tests.items_util import kb_of as kb_with_concepts
    crises = [{"id": concept_id("financial crises"), "name": "financial crises"}]
    row = ("financial crises", "are", "feature", "Financial crises are a regular feature of the international economy.")
    assert one(kb_with_concepts([row], concepts=crises)) is None
    row = ("financial crises", "shrink", "output", "Financial crises shrink the output of the international economy.")
    got = one(kb_with_concepts([row], concepts=crises))
    assert got is not None and got[0].replace(BLANK, got[1]) == row[3]


def test_head_named_after_reads_no_token_before_the_first_of_the_sentence():
    # review finding 9 (s27): a modifier whose phrase opens the sentence has no token before it, not the last token
    # of the sentence (doc[-1]); here a misparse hangs "Monthly" on the later "batches", and the text ends at a comma
    import spacy
    from spacy.tokens import Doc

    from proda.train.items.cloze_stem import head_named_after

    words = ["Monthly", "invoices", "are", "grouped", "into", "batches", ";", "batches", "close", "at", "noon", ","]
    heads = [7, 3, 3, 3, 3, 4, 3, 8, 3, 8, 9, 8]
    deps = ["amod", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct", "nsubj", "conj", "prep", "pobj", "punct"]
    pos = ["ADJ", "NOUN", "AUX", "VERB", "ADP", "NOUN", "PUNCT", "NOUN", "VERB", "ADP", "NOUN", "PUNCT"]
    lemmas = ["monthly", "invoice", "be", "group", "into", "batch", ";", "batch", "close", "at", "noon", ","]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert not head_named_after(doc[5:6])  # the later "batches" has a modifier of its own
