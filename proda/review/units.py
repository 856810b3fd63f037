"""What a reviewer sees of a unit or item, and how an edit's text is read back.

One row shape for every level (``id, level, text, quote, chunk, document,
heading_path, kind, ...``) so the page, the sheets and the statistics share it.
``kind`` is what precision is broken down by: the extraction rule of a statement
(``rule``, else the provenance ``how``), the chain's kind, the item's generator
and subtype, the benchmark item's question kind.
"""

from __future__ import annotations

import re

from proda.review import LEVELS, ReviewError

LETTERS = "ABCDEFGH"


_BY = re.compile(r"\s*\[according to [^\]]*\]\s*$", re.I)

def heading(path) -> str:
    if not path:
        return ""
    return " › ".join(path) if isinstance(path, list) else str(path)


def polarity_word(p) -> str:
    return "negative" if p is not None and int(p) < 0 else "positive"


# families whose claim raises its object; every family with sign -1 lowers it (proda/lexicon/families.toml)
_RAISING = ("increase", "stimulate")


def negated_word(r: dict) -> str:
    """"yes" when the book says the relation does NOT hold (an explicit negation), else "no"."""
    return "yes" if r.get("negated") else "no"


def effect_word(r: dict) -> str:
    """What the predicate does to its object, from its family's sign, apart from negation: "raises", "lowers"
    or "neutral".  Why a column of its own: judges read a polarity of -1 ("chlorine radicals break down ozone":
    the subject lowers the object) as a negation and rejected correct statements."""
    from proda.lexicon import family_of, polarity_of

    lemma = r.get("predicate_lemma") or (r.get("predicate") or "").lower().replace(" ", "_")
    family = r.get("family") or family_of(lemma)
    sign = polarity_of(family) if r.get("family") else polarity_of(lemma)
    if sign < 0:
        return "lowers"
    return "raises" if family in _RAISING else "neutral"


def render(level: str, r: dict) -> str:
    """The unit as one text: what the sheet's ``unit`` column and the page's headline show."""
    if level == "concepts":
        return f"{r['name']}: {r['definition'] or '(no definition)'}"
    if level == "statements":
        # [NOT] marks an explicit negation only: "reduces" has sign -1 (the polarity column) but is no negation
        # ("no regulations | are enforced for | ...": the "no" of the subject is the negation; [NOT] would read double)
        neg = " [NOT]" if r.get("negated") and " not " not in f" {r['predicate'].lower().replace('_', ' ')} " \
            and not r["subject"].lower().startswith("no ") else ""
        # an attributed view shows its holder: "crime | stems from | inequality [according to conflict theorists]"
        by = f" [according to {r['attribution']}]" if r.get("attribution") else ""
        return f"{r['subject']} | {r['predicate']}{neg} | {r['object']}{by}"
    if level == "chains":
        steps = "\n".join(f"{s['position']}. {s['text']}" for s in r["steps"] if s.get("id"))
        return f"{r['name']}\n{steps}"
    opts = "\n".join(f"{LETTERS[i]}. {o}" for i, o in enumerate(r["options"]))
    key = ", ".join(LETTERS[i] for i in r["correct"]) if r["options"] else ""
    parts = [r["question"]]
    if opts and level == "bench":
        parts.append(opts)  # a training prompt already lists its options
    if key:
        parts.append(f"key: {key}")
    if r.get("answer"):
        parts.append(f"answer: {r['answer']}")
    return "\n".join(parts)


def load(store, level: str, ids: list[str]) -> dict[str, dict]:
    """Rows of ``ids`` (missing ids are absent), each with ``level``, ``text`` and a flat ``heading``."""
    if level not in LEVELS:
        raise ReviewError(f"unknown level {level!r} ({' | '.join(LEVELS)})")
    out: dict[str, dict] = {}
    for i in range(0, len(ids), 500):
        for r in store.read(f"review_units_{level}", ids=ids[i: i + 500]):
            r["level"] = level
            r["text"] = render(level, r)
            r["heading"] = heading(r.get("heading_path"))
            r["kind"] = r.get("kind") or ""
            out[r["id"]] = r
    return out


_NUM = re.compile(r"^\s*\d+[.)]\s*")


def parse_edit(level: str, text: str, unit: dict | None = None) -> dict:
    """The edited properties from a reviewer's corrected text; ReviewError says what the text should look like.

    concepts: the corrected definition (``name: definition`` also accepted when the name is the unit's);
    statements: ``subject | predicate | object`` (a ``[NOT]`` after the predicate makes it negative);
    chains: one step per line (numbers optional); train: the corrected answer;
    bench: the corrected key as letters (``A, C``).
    """
    t = (text or "").strip()
    if not t:
        raise ReviewError("an edit needs the corrected text")
    if level == "concepts":
        if unit and t.lower().startswith(unit["name"].lower() + ":"):
            t = t[len(unit["name"]) + 1:].strip()
        return {"definition": t}
    if level == "statements":
        t = _BY.sub("", t)  # the holder of an attributed view is shown, not edited
        parts = [p.strip() for p in t.split("|")]
        if len(parts) != 3 or not all(parts):
            raise ReviewError("a statement edit is 'subject | predicate | object'")
        from proda.lexicon import polarity_of
        from proda.lexicon.inflect import lemma_phrase

        pred, negated = parts[1], False
        if pred.upper().endswith("[NOT]"):
            pred, negated = pred[: -len("[NOT]")].strip(), True
        lemma, neg_word = lemma_phrase(pred)
        negated = negated or neg_word
        pol = polarity_of(lemma) * (-1 if negated else 1)  # the sign of the claim: "reduces" is -1, "does not reduce" +1
        return {"subject": parts[0], "predicate": pred, "object": parts[2], "polarity": pol}
    if level == "chains":
        lines = [_NUM.sub("", ln).strip() for ln in t.splitlines() if ln.strip()]
        if unit and lines and lines[0] == unit.get("name"):
            lines = lines[1:]
        if len(lines) < 2:
            raise ReviewError("a chain edit is its steps, one per line (at least two)")
        return {"steps": lines}
    if level == "train":
        return {"answer": t}
    letters = [x for x in re.split(r"[\s,;]+", t.upper()) if x]
    n = len(unit["options"]) if unit else 4
    if not letters or any(len(x) != 1 or x not in LETTERS[:n] for x in letters):
        raise ReviewError(f"a benchmark item edit is its corrected key, letters of {LETTERS[:n]} (e.g. 'A, C')")
    return {"correct": sorted({LETTERS.index(x) for x in letters})}
