"""Statement findings of the social-science audits (round 11 sociology / political science and the read-back of
2026-11-30, second part): each test an invented general-English sentence of the construction, the wrong reading
refused and a right sibling kept.

Classes: a pronoun resolved to the one noun left when the previous sentence's own subject is a pronoun or a
clause, or when a plural-looking noun takes a singular verb ("the media allows"); an object that ends on a
nationality word whose noun the frame cut ("the fall of Roman"); the person told of a verb whose content is a
"that" clause ("promised voters that ..."); an object whose possessive "own" lost its owner; a title read as a
preposition ("wrote On Grief").
"""

from __future__ import annotations

from tests.statements_util import triples


# ----------------------------------------------------------------------------- a pronoun's antecedent


def test_a_pronoun_after_a_pronoun_subject_is_not_resolved_to_a_stray_noun():
    got = triples("Painting teaches children patience. It makes them aware that there are many kinds of colors in the "
                  "world. It improves their memory and skill.")
    assert not any(o in ("memory", "skill") for _, _, o in got)


def test_a_pronoun_after_a_clause_subject_is_not_resolved_to_its_object():
    got = triples("Reading old letters shows the historian a vanished city. It improves their sense of the past.")
    assert not any(o.startswith("sense of the past") for _, _, o in got)


def test_a_singular_verb_makes_a_plural_looking_noun_a_candidate():
    got = triples("Because television allows viewers to quickly watch—and record their own—programs, it has weakened "
                  "the traditional schedule of broadcast networks.")
    assert not any(s.endswith("programs") for s, _, _ in got)
    assert not any(s == "television" and p == "record" for s, p, _ in got)  # the viewers record


def test_a_pronoun_with_one_antecedent_is_still_resolved():
    got = triples("Socialization shapes children. It begins in infancy.")
    assert ("socialization", "begins in", "infancy") in got


# ----------------------------------------------------------------------------- an object cut to nothing


def test_an_object_ending_on_a_nationality_word_is_refused():
    got = triples("The protests ultimately led to the resignation of Brazilian then minister Paulo Souza.")
    got += triples("The scandal led to the resignation of Egyptian then governor Omar Nabil.")
    assert not any(o.endswith(("Brazilian", "Egyptian")) for _, _, o in got)


def test_an_object_naming_a_people_is_kept():
    got = triples("The treaty granted new lands to the Romans.")
    assert any(o.startswith("new lands") for _, _, o in got)


def test_the_person_told_is_no_object_when_a_that_clause_follows():
    got = triples("During her long 2018 campaign, Governor Maria Lopez promised voters that she would lower the state "
                  "sales tax.")
    got += triples("The coach assured the players that the match would go ahead.")
    assert not any(o in ("voters", "players") for _, _, o in got)


def test_a_promise_of_a_thing_is_kept():
    got = triples("The new mayor promised a complete review of the city budget.")
    assert any(p == "promised" and o.startswith("complete review") for _, p, o in got)


def test_an_own_object_without_its_owner_is_refused():
    got = triples("Because television allows viewers to quickly watch—and record their own—programs, it has weakened "
                  "the traditional schedule of broadcast networks.")
    assert not any(o.startswith("own ") for _, _, o in got)


def test_a_title_is_not_read_as_a_preposition():
    got = triples("In 1905, Hart published On Duty, advancing the argument that citizens should obey the law.")
    got += triples("In 1905, Hart wrote On Duty, a short book about citizenship.")
    assert not any(p.endswith(" on") for _, p, _ in got)


def test_a_real_preposition_after_published_is_kept():
    got = triples("The committee published its findings on the national census.")
    assert any(p == "published" and o.startswith("findings") for _, p, o in got)


# ----------------------------------------------------------------------------- a view listed after its holder


def _held(text: str) -> list[tuple[str, str, str, str]]:
    from proda.ingest.extract.claims import sentence_frames
    from proda.ingest.extract.nlp import load_nlp
    return [(f.subject, f.predicate, f.object, h) for s in load_nlp()(text).sents for f, h in sentence_frames(s)]


def test_a_listed_reason_carries_the_holder_of_the_list():
    got = _held("According to two economists, free trade is useful for three reasons. First, it lowers prices. "
                "Second, trade spreads new skills. Finally, open markets are the main source of growth for small states.")
    assert not any(s == "open markets" and h == "" for s, _, _, h in got)
    assert any(s == "open markets" and h == "two economists" for s, _, _, h in got)


def test_a_listed_reason_of_the_book_stays_its_own():
    got = _held("Free trade is useful for three reasons. First, it lowers prices. Second, trade spreads new skills. "
                "Finally, open markets are the main source of growth for small states.")
    assert any(s == "open markets" and h == "" for s, _, _, h in got)


def test_a_list_in_the_paragraph_before_lends_no_holder():
    got = _held("According to two economists, free trade is useful for three reasons.\n"
                "Finally, open markets are the main source of growth for small states.")
    assert any(s == "open markets" and h == "" for s, _, _, h in got)
