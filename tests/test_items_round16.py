"""Training items, audit round 11's rejects (2026-11-30): copula clozes a loosening let back in ("Taco Bell is not
_____.", "The nervous system is _____.", "Classical liberalism is _____ that combines ...", "In 2021, Venezuela was
_____."), a stem whose "the act" points back, and "What are hyperplasia?".  Invented sentences; each refusal has a
kept sibling."""

from __future__ import annotations

from proda.ids import concept_id
from tests.items_util import kb_of, one, stands
from proda.train.items.cloze import cloze


def _with_term(row, name):
    kb = kb_of([row], concepts=[{"id": concept_id(name), "name": name, "term": True}])
    return cloze(kb, kb.statements[0])


# --- class 1: a term or a repeated name as subject does not fix a copula's blank ----------------------------------

def test_a_copula_stem_whose_subject_is_only_a_kb_term_gives_no_cloze():
    """"The nervous system is _____." (-> "a very complex organ system"): the subject being a term of the KB says
    which thing the sentence is about, not which of its many descriptions the blank holds.  The same term before a
    verb of its own ("involves") and a subject with an "of" phrase still keep their clozes."""
    assert _with_term(("the digestive tract", "is", "organ system",
                       "The digestive tract is a long muscular organ system."), "digestive tract") is None
    row = ("the digestive tract", "absorbs", "nutrients", "The digestive tract absorbs nutrients from the food.")
    assert _with_term(row, "digestive tract") is not None
    assert stands(("the chief port", "is", "harbour", "The chief port of the northern coast is the old harbour."))


def test_a_copula_stem_whose_subject_the_quotes_repeat_gives_no_cloze():
    """A name the KB's quotes repeat ("Pine Hill") is no cue for a copula's blank either."""
    rows = [("pine hill", "is", "town", "Pine Hill is a small market town."),
            ("pine hill", "lies_on", "southern bank", "Pine Hill lies on the southern bank of the river.")]
    kb = kb_of(rows)
    assert cloze(kb, kb.statements[0]) is None
    assert cloze(kb, kb.statements[1]) is not None


# --- class 2: a negated copula says what the subject is not ----------------------------------------------------------

def test_a_negated_copula_stem_gives_no_cloze():
    """"Taco Bell is not _____." (-> "the only fast food franchise to contribute to ..."): what a thing is not has
    countless answers, whatever the key's "the only" clause; a date or place in front does not change that.  A
    negation on a verb of its own ("do not contain") and the same key in a positive copula stay."""
    assert one(("harbor foods", "is_not", "only grocer", "Harbor Foods is not the only grocer to fund local "
                "candidates.")) is None
    assert one(("private ownership", "is_not", "only media model", "In most countries, private ownership is not the "
                "only media model.")) is None
    assert stands(("mature red cells", "do_not_contain", "nucleus", "Mature red cells do not contain a nucleus."))
    assert stands(("the largest gland", "is", "liver", "The largest gland in the human body is the liver."))


# --- class 3: a blank that is only a vague class -----------------------------------------------------------------

def test_a_copula_blank_that_is_only_a_broad_class_gives_no_cloze():
    """"a system of thought", "a growing concern", "a country in crisis": an article and a broad class noun, at most
    an adjective or a bare noun with it; "an ideology", "a serious problem" would fit as well.  A class the blank
    narrows by its own clause ("a system of government in which ...") or a definite genus ("the study of ...")
    stays, and so does a classifying adjective ("a moral approach", like round 10's accepted "a political
    approach").
    """
    assert one(("stoicism", "is", "system", "Stoicism is a system of thought that prizes virtue, reason, "
                "self-control and calm in the face of every hardship.")) is None
    assert one(("air pollution", "is", "concern", "Air pollution is a growing concern, and cities will have to "
                "limit traffic in their centers.")) is None
    assert one(("atlantis", "was", "nation", "In 1990, Atlantis was a nation in decline.")) is None
    assert one(("gout", "is", "disorder", "Gout is a fairly common disorder that strikes about one adult in every "
                "fifty in the northern towns.")) is None
    assert stands(("gout", "is", "disorder", "Gout is a metabolic disorder that strikes about one adult in every "
                   "fifty in the northern towns."))
    assert stands(("a democracy", "is", "system", "A democracy is a system of government in which the people hold "
                   "power."))
    assert stands(("stoicism", "is", "approach", "Stoicism is a moral approach that prizes virtue, reason, "
                   "self-control and calm in the face of every hardship."))
    assert stands(("geology", "is", "study", "Geology is the study of the rocks of the earth."))


# --- class 4: a definite "the act" points back to the paragraph ----------------------------------------------------

def test_a_stem_whose_bare_the_law_points_back_gives_no_cloze():
    """"In the early years after the act was passed, courts ... upheld _____.": which act, the sentence before
    said.  The same sentence naming the act, and "the law" that is no subject ("who break the law"), stay."""
    assert one(("courts", "upheld", "act", "In the early years after the act was passed, courts across the country "
                "upheld the act against the claims of the mill owners.")) is None
    assert stands(("courts", "upheld", "act", "In the years after the Clean Air Act was passed, federal courts "
                   "upheld the act against many challenges."))
    assert stands(("citizens", "pay", "fines", "Citizens who break the law pay heavy fines to the state."))


# --- class 5: a mass noun in -ia is asked in the singular ----------------------------------------------------------

def test_a_mass_noun_in_ia_is_not_asked_as_a_plural():
    """"What are hyperplasia?" (audit round 11): lemminflect reads an -ia noun as the plural of an -ium that no one
    writes ("hyperplasium"); a plural whose singular is in use ("ganglia" of "ganglion", "criteria") stays plural."""
    from proda.train.items.gates import subject_plural
    from proda.train.items.generators import definition_items

    assert subject_plural("dermoplasia") is False
    assert subject_plural("the gastric metaplasia") is False
    assert subject_plural("ganglia") is True and subject_plural("criteria") is True
    assert subject_plural("river banks") is True
    stems = {d.stem for seed in range(12) for d in definition_items(kb_of([], concepts=[
        {"id": concept_id("dermoplasia"), "name": "dermoplasia", "term": True,
         "definition": "growth of the skin in which its cells split to form new cells"}]), seed)}
    assert stems and not any(s.startswith("What are") for s in stems)


# --- class 6: a passive with a universal subject is no claim of its agent ------------------------------------------

def test_a_passive_with_a_universal_subject_gives_no_claim_of_its_agent():
    """"Every muscle fiber of the tongue is innervated by a cranial nerve" read active ("a cranial nerve innervates
    every muscle fiber", audit round 11, judged wrong as a true/false item) says one nerve reaches them all; a KB
    built before the extractor's fix still holds such a triple, so no claim is made of it.  A passive with a plain
    subject ("Insulin is secreted by the beta cells") still gives its claims."""
    import random

    from proda.train.items.claims import claim
    from proda.train.items.render import prepare
    from tests.test_synth import GLANDS, _kb

    kb = _kb(GLANDS + [("cranial nerve", "innervates", "every muscle fiber of the tongue"),
                       ("beta cells", "secrete", "insulin")])
    flip = next(s for s in kb.statements if s["subject"] == "cranial nerve")
    flip["quote"] = "Every muscle fiber of the tongue is innervated by a cranial nerve."
    plain = next(s for s in kb.statements if s["subject"] == "beta cells")
    plain["quote"] = "Insulin is secreted by the beta cells."
    kb.chunks["k1"] += " " + flip["quote"] + " " + plain["quote"]
    prepare(kb)
    for true, negated in ((True, False), (False, True)):
        assert claim(kb, flip, true, negated, random.Random(0)) is None
    assert claim(kb, plain, True, False, random.Random(0)) is not None
