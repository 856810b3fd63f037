"""``told.run_on_cut`` climbs from the object's last word towards the verb; a word after the sentence root climbs to the
root, whose head is itself.  spaCy makes a new Token object on every access, so an identity test never saw the root
as its own head and the climb never ended: one sentence of a development chapter held an ingest worker for minutes."""

from __future__ import annotations

import threading

from proda.ingest.extract.nlp import load_nlp
from proda.ingest.extract.told import run_on_cut


def test_a_word_after_the_root_ends_the_climb():
    doc = load_nlp()("Although the council granted farmers the castle, the king kept the castle.")
    verb = next(t.i for t in doc if t.text == "granted")
    out: list[bool] = []
    worker = threading.Thread(target=lambda: out.append(run_on_cut(doc[:], "the castle", verb)), daemon=True)
    worker.start()
    worker.join(timeout=20)
    assert out, "run_on_cut did not return"
