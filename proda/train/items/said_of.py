"""What the chapter says of a subject beyond the key's own sentence (issue 12, blind round 23).

A wrong option, or the object that replaces the key in a false claim, must not be said of the item's subject
anywhere in the chapter, not only in the key's source chunk: "The cerebral aqueduct passes through the diencephalon"
was keyed False while another chunk of the chapter says "the diencephalon, which opens into the cerebral aqueduct".
Three precise constructions, each a relation of the subject and the candidate the text states:

- a statement of the chapter links the two, either way round, under any predicate ("diencephalon | opens into |
  cerebral aqueduct that passes through the midbrain");
- a sentence of the chapter names both whole phrases (the subject by its whole name, not its head word alone: a
  head noun chapter-wide ties "output" to every sentence with the word), unless it sets them against each other
  ("like", "unlike", "whereas", "not": the candidate is then what the subject is not);
- another sentence the chapter states of the subject goes on, after "also" / "as well as", to say something the
  candidate's rarer words echo (``KB.said_also`` on the key's own sentence, here on the subject's other sentences).

Any shared word of the key's sentence was measured to refuse fair options (s23-D), so no looser tie is used."""

from __future__ import annotations

import re

from proda.train.items.words import echoes, mentions

_CONTRAST = re.compile(r"\b(?:like|unlike|whereas|while|in contrast|contrast|compared|rather than|instead of|not)\b",
                       re.I)


def _named(sentence: str, phrase: str) -> bool:
    from proda.train.items.kb import without_articles

    return mentions(sentence, phrase) or mentions(without_articles(sentence), without_articles(phrase))


def chapter_sentences(kb, chapter: str) -> list[str]:
    """The sentences of every chunk that gave the chapter a statement, once each (cached on the KB); a table's rows
    ("Anterior neural tube | Prosencephalon | Telencephalon | ...") or a line-broken block name many things side by
    side and state no relation of them, so they are left out."""
    from proda.train.items.kb import _SENT

    cache = kb.__dict__.setdefault("_chapter_sentences", {})
    if chapter not in cache:
        seen: dict[str, None] = {}
        for k in dict.fromkeys(t.get("chunk") or "" for t in kb.by_chapter.get(chapter, [])):
            for sent in _SENT.split(kb.chunks.get(k, "")):
                if sent.strip() and "|" not in sent and "\n" not in sent.strip():  # a table names, states nothing
                    seen.setdefault(sent.strip(), None)
        cache[chapter] = list(seen)
    return cache[chapter]


def related_in_chapter(kb, s: dict, name: str) -> bool:
    """A statement of ``s``'s chapter links ``s``'s subject and ``name`` (either side, any predicate)."""
    for t in kb.by_chapter.get(s["chapter"], []):
        if t["neg"] or t["id"] == s["id"]:
            continue
        for mine, theirs in (("subject", "object"), ("object", "subject")):
            # by name, not concept id: "hormones produced by the anterior pituitary" and "hormones in response
            # to stress" may share the id of "hormones", and the adrenal medulla releases only the second
            if _named(t[mine], s["subject"]) and _named(t[theirs], name):
                return True
    return False


def named_in_chapter(kb, s: dict, name: str) -> bool:
    """A sentence of ``s``'s chapter names both ``s``'s whole subject and ``name``, and sets neither against the
    other: "Like the hinge joints of the elbow and knee, the talocrural joint ..." or "X produces A, whereas Y
    produces B" name the candidate as what the subject is compared with, which makes it no less wrong."""
    return any(_named(sent, name) and _named(sent, s["subject"]) and not _CONTRAST.search(sent)
               for sent in chapter_sentences(kb, s["chapter"]))


def said_also_elsewhere(kb, s: dict, name: str) -> bool:
    """Another sentence of the chapter about ``s``'s subject goes on, after "also", to say what ``name`` echoes."""
    own = [s["subject"], s["object"], s["predicate"].replace("_", " ")]
    for t in kb.by_chapter.get(s["chapter"], []):
        if t["skey"] == s["skey"] and t["id"] != s["id"] and not t["neg"]:
            more = kb.said_also(t)
            if more and echoes(name, more, own + [t["object"], t["predicate"].replace("_", " ")]):
                return True
    return False


def said_of_subject(kb, s: dict, name: str) -> str:
    """Which of the three ties holds ("" when none): the chapter may say ``name`` of ``s``'s subject."""
    if related_in_chapter(kb, s, name):
        return "related"
    if named_in_chapter(kb, s, name):
        return "named"
    if said_also_elsewhere(kb, s, name):
        return "also"
    return ""
