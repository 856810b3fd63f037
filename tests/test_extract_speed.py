"""Speed-ups of the offline extractor must not change what it finds: each shortcut is checked against the slow way
it replaces, on invented text (memos of one parse, recurrence counts, task sizes, batching).
"""

from __future__ import annotations

import random
import re

from proda.ingest.extract import gates
from proda.ingest.extract.gates import ChunkTerms, _findall_count
from proda.ingest.extract.nlp import doc_text, noun_chunk_roots, parse
from proda.ingest.extract.offline import OfflineExtractor, _task_size
from proda.models import Chunk

TEXT = ("The ventral gland secretes a hormone. Glands of the ventral side secrete hormones; a gland's hormone "
        "travels far.\n\nA rate of a reaction rises with heat: the rates of reactions double, and reaction rates "
        "matter. Ratepayers and irates are no rates.")


def test_findall_count_equals_findall():
    pats = [(r"\bgland(?:e?s)?\b", "gland"), (r"\brates(?:e?s)?\b", "rates"), (r"\bthe(?:e?s)?\b", "the"),
            (r"\brate\s+(?:(?:a|an|the)\s+)?of\s+(?:(?:a|an|the)\s+)?reaction(?:e?s)?\b", "rate"),
            (r"\bca2\+(?:e?s)?\b", "ca2+"), (r"\b(?:e?s)?\b", "")]
    texts = [TEXT.lower(), "ca2+ and ca2+s; xca2+ ca2+", ""]
    rng = random.Random(7)
    for _ in range(200):  # a few words glued and spaced at random: edges of \b inside and between words
        texts.append("".join(rng.choice(["gland", "s", "es", " ", "rate", " of ", "a ", "reaction", "x", "-", "the"])
                             for _ in range(rng.randint(1, 30))))
    for p, opens in pats:
        for t in texts:
            assert _findall_count(re.compile(p), t, opens) == len(re.findall(p, t)), (p, t)


def test_recurrence_counts_unchanged_by_memo():
    terms = ChunkTerms(TEXT, ["Glands"], lambda k: False)
    lowered = TEXT.lower()
    assert terms.occurrences("rate of reaction") == 1  # "rate of a reaction" ("rates of reactions" is no match)
    assert terms.occurrences("rate of reaction") == 1  # remembered, same answer
    assert terms.occurrences("ventral gland") == 1
    assert terms.occurrences("kidney") == 0
    assert gates._COUNTS[lowered]
    # a second chunk of another document with the same term: counted in its own text
    other = ChunkTerms("A kidney filters. The kidney and the kidneys.", [], lambda k: False)
    assert other.occurrences("kidney") == 3
    assert terms.occurrences("kidney") == 0
    # the kept sibling: a single common noun still needs three mentions to be known
    assert terms.known("hormone") and not ChunkTerms("One hormone. Two hormones.", [], lambda k: False).known("hormone")


def test_parse_memos_follow_the_doc():
    a, b = parse("The heart pumps blood through the arteries."), parse("Salt dissolves in water.")
    assert doc_text(a) == a.text and doc_text(b) == b.text and doc_text(a) == a.text
    by_start, by_end = noun_chunk_roots(a)
    assert {a[i].text for i in by_start} == {nc[0].text for nc in a.noun_chunks}
    assert [r.text for r in by_end.values()] == [nc.root.text for nc in a.noun_chunks]


def test_task_size():
    assert _task_size(20, 2) == 8  # a small ingest still spreads over both workers
    assert _task_size(276, 2) == 32  # a chapter: fewer repeated parses at task seams
    assert _task_size(100, 1) == 25 and _task_size(0, 0) == 8


def _chunks(n: int) -> list[Chunk]:
    paras = ["Osmosis moves water across a membrane. The membrane lets water pass but holds solutes back.",
             "When the solute concentration rises, water flows in. The cell then swells, and the pressure rises.",
             "A catalyst lowers the activation energy. The reaction then runs faster at the same temperature."]
    out, pos, text = [], 0, ""
    for i in range(n):
        t = paras[i % 3] + " " + paras[(i + 1) % 3]
        out.append(Chunk(id=f"chk_{i}", doc_id="doc_speed", ord=i, text=t, start=pos, end=pos + len(t),
                         heading_path=["Transport"]))
        pos += len(t) + 2
    return out


def test_batching_changes_nothing(monkeypatch):
    cs = _chunks(12)
    ex = OfflineExtractor(workers=1)
    monkeypatch.setattr("proda.ingest.extract.offline._task_size", lambda n, w: 5)
    five = [e.model_dump() for e in ex.extract_many(cs, "test")]
    monkeypatch.setattr("proda.ingest.extract.offline._task_size", lambda n, w: 32)
    whole = [e.model_dump() for e in ex.extract_many(cs, "test")]
    assert five == whole
