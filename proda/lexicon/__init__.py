"""Predicate families and polarity, kept as data (``families.toml``).

Why: two statements about the same subject are the same claim when their
predicates share a family ("secretes" / "releases" / "produces"), and opposite
claims when their signs differ ("inhibits" vs "stimulates").  Extraction stores
``family`` and ``polarity`` on every statement so that item generation can tell a
true distractor from a false one and the benchmark can follow the sign of a
chain without re-reading English.  The table is general English: no word in it
belongs to one discipline.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from importlib import resources

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


@lru_cache(maxsize=1)
def _data() -> dict:
    return tomllib.loads(resources.files(__package__).joinpath("families.toml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], dict[str, int], dict[str, dict]]:
    data = _data()
    fam_of: dict[str, str] = {}
    sign: dict[str, int] = {}
    for name, spec in data["family"].items():
        for lemma in spec["lemmas"]:
            fam_of.setdefault(lemma, name)
        sign[name] = int(spec.get("polarity", 1))
    return fam_of, sign, data["family"]


def _key(lemma: str) -> str:
    return lemma.strip().lower().replace(" ", "_")


def family_of(lemma: str) -> str:
    """The family of a predicate lemma ("secrete" -> "produce"); the lemma itself when unlisted."""
    k = _key(lemma)
    fam_of, _, _ = _table()
    if k in fam_of:
        return fam_of[k]
    if k in _data().get("becoming", {}).get("lemmas", ()):
        return k  # "reduce_to": what a thing simplifies to, its own family, no sign
    parts = k.split("_")
    place = _data()["place"]
    if len(parts) > 1 and parts[0] in place["verbs"] and parts[1] in place["particles"]:
        return k  # "fall_on": where something lies, no change (its own family, no sign)
    origin = _data().get("origin", {})
    if len(parts) > 1 and parts[0] in origin.get("verbs", ()) and "_".join(parts[1:]) in origin.get("particles", ()):
        return k  # "form_from": what the subject comes from, the claim reversed (its own family, no sign)
    if len(parts) > 1 and parts[-1] in _data().get("comparison", {}).get("ends", ()):
        return k  # "be_more_likely_to_vote_than", "have_more_parties_than": a comparison, its own family, sign +1
        # ("less" is no decrease and no negation of "more"; "not" is), never "be" (is_a) nor "have" (contain)
    return fam_of.get(parts[0], k)  # "inhibit_release_of" -> "inhibit"


def polarity_of(lemma: str) -> int:
    """+1 for predicates that affirm, increase or enable; -1 for those that decrease, inhibit or prevent."""
    _, sign, _ = _table()
    if inner_lemma(lemma) != _key(lemma):
        return polarity_of(inner_lemma(lemma))  # "tend_to_decrease": the infinitive's sign, hedged ([lead])
    return sign.get(family_of(lemma), 1)


def inner_lemma(lemma: str) -> str:
    """The infinitive's lemma of a tendency or aim ("tend_to_decrease" -> "decrease", ``[lead]``), else the lemma:
    what the claim does, for its sign and for whether it is an effect or a chain's step; the lemma itself stays the
    statement's (its own family), so an item renders "tend to decrease"."""
    parts = _key(lemma).split("_")
    if len(parts) > 2 and parts[1] == "to" and parts[0] in _data().get("lead", {}).get("verbs", ()):
        return "_".join(parts[2:])
    return _key(lemma)


def same_family(a: str, b: str) -> bool:
    return family_of(a) == family_of(b)


def families() -> dict[str, dict]:
    """The whole table ({family: {polarity, lemmas, ...}}), for reports and tests."""
    return dict(_table()[2])
