"""A whole named by its parts, where the parse cut the list (review R18 item 4): the second part hung as a sibling of
the first ("made up of water and dissolved salts": 'salts' a conj of the verb; "consists of plasma and formed
elements": 'and' on 'plasma' with no conjunct, the rest hung elsewhere) -- so neither parts_of_a_whole nor
joined_parts saw a list and "consists of plasma" was kept alone, a false claim.  Invented sentences."""

from tests.statements_util import triples


def _objects(text: str, pred: str) -> list[str]:
    return [o for _, p, o in triples(text) if p == pred]


def test_second_part_on_the_verb_is_joined_or_refused():
    objs = _objects("The tiny sponge is made up of water and dissolved minerals.", "is made up of")
    assert "water" not in objs
    assert all("minerals" in o for o in objs)


def test_and_on_the_first_part_without_its_conjunct_is_joined_or_refused():
    # 'and' on 'serum' with no conjunct; 'globules' the object of 'formed', read as a second verb
    objs = _objects("Milk consists of serum and formed globules.", "consists of")
    assert "serum" not in objs
    assert all("globules" in o for o in objs)


def test_participle_read_as_a_second_verb_is_the_second_part():
    # 'formed' read as a verb coordinated with 'consists' (tenses disagree): "consists of water" alone is false
    got = triples("Sweat consists of water and formed salts.")
    assert ("sweat", "consists of", "water") not in got
    assert ("sweat", "formed", "salts") not in got  # the participle is no predicate of the whole
    assert ("sweat", "consists of", "water and formed salts") in got


def test_kept_sibling_a_whole_list_parsed_right():
    assert ("alloy", "consists of", "copper and tin") in triples("The alloy consists of copper and tin.")


def test_kept_sibling_a_second_verb_after_and():
    # "and" joins a second predicate, not a second part: the one-part whole stays
    assert ("tiny sponge", "is made of", "silica") in \
        triples("The tiny sponge is made of silica and lives in warm water.")


def test_kept_sibling_a_shared_auxiliary_predicate():
    # "is made of silica and [is] covered with spines": a participle with no object is a second predicate
    assert ("tiny sponge", "is made of", "silica") in \
        triples("The tiny sponge is made of silica and covered with spines.")
