"""A coordinated subject under an exclusive word gives one claim per member, the word left out (s28-O2; issue 11).

"Only A and B produce X" says that A produces X and B produces X, and that nothing else does: each member's claim
is right, and the limit is a claim about the others.  Session 27 (only_lists.limited_list) refused the whole frame,
losing the right claims, and at a49a158 the first member kept the word ("only A | support | ...": A alone).  The
word the parser hangs on the first conjunct is left out of its text (only_lists.subject_limit, skipped in
arguments.arg_tokens as "both/either" are).  Object lists under "only" stay refused (test_statements_only_lists):
"X is available only for A and B" split gives "X | is available for | B", which loses the limit.  Sentences are
general English, one construction each; the last is the shape of the blind finding (a list of modifiers the parser
split off a shared head: the last member gets the head).
"""

from __future__ import annotations

from tests.statements_util import triples


def _no_only(got: list) -> None:
    assert not any(w in ("only", "solely", "alone") for s, _, _ in got for w in s.lower().split()), got


def test_only_opening_a_subject_list_of_bare_nouns():
    got = triples("Only mammals and birds maintain a constant body temperature.")
    assert got == [("mammals", "maintain", "constant body temperature"),
                   ("birds", "maintain", "constant body temperature")]


def test_only_opening_a_subject_list_with_determiners():
    got = triples("Only the owner and the superuser may change the permissions of a file.")
    assert got == [("owner", "may change", "permissions of file"), ("superuser", "may change", "permissions of file")]


def test_only_on_a_subject_list_whose_first_member_has_modifiers():
    got = triples("Only red blood cells and platelets lack a nucleus.")
    assert got == [("red blood cells", "lack", "nucleus"), ("platelets", "lack", "nucleus")]
    _no_only(got)


def test_a_subject_list_closed_by_alone():
    got = triples("The kidneys and the liver alone produce erythropoietin.")
    assert got == [("kidneys", "produce", "erythropoietin"), ("liver", "produce", "erythropoietin")]


def test_a_subject_list_of_accounts():
    got = triples("Only debits and credits appear in the journal.")
    assert got == [("debits", "appear in", "journal"), ("credits", "appear in", "journal")]


def test_modifiers_split_off_a_shared_head_the_first_member_loses_the_word():
    # the parse reads "Windows" as the head of the list and "Linux versions" as its last conjunct: each member as
    # the parse gives it, none with "only" (at a49a158: "only Windows | support | encryption", Windows alone)
    got = triples("Only the Windows, macOS, and Linux versions support encryption.")
    assert ("Windows", "support", "encryption") in got and ("Linux versions", "support", "encryption") in got
    _no_only(got)


def test_a_negated_verb_keeps_the_refusal():
    # said of the pair: "genes | cannot explain | human behavior" would deny genes any part
    assert triples("Genes and environment alone cannot explain human behavior.") == []


def test_a_single_subject_keeps_its_limit():
    # no list: "only liver | produces | bile" keeps the limit in the subject, as before
    assert triples("Only the liver produces bile.") == [("only liver", "produces", "bile")]


def test_the_only_is_an_adjective_of_its_noun_not_a_limit_on_a_list():
    from proda.ingest.extract.nlp import load_nlp
    from proda.ingest.extract.only_lists import subject_limit

    doc = load_nlp()("Only mammals and birds maintain a constant body temperature.")
    assert subject_limit(doc[0])
    doc = load_nlp()("The only doctors and nurses on duty treat the patients.")
    assert not any(subject_limit(t) for t in doc if t.lower_ == "only")


def test_object_lists_under_only_stay_refused():
    got = triples("Xen is currently only available for the i386, amd64, arm64 and armhf architectures.")
    assert not any(o in ("i386", "amd64", "arm64", "armhf architectures") for _, _, o in got), got
