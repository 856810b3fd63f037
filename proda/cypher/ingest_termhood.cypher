// termhood: `term` (an L1 concept) and the recurrence it was judged on, recomputed on every ingest; `name` is the
// node's name in lower case where only a sentence start capitalised it (proda/ingest/termhood_case.py)
UNWIND $rows AS r
MATCH (c:Concept {id: r.id})
SET c.term = r.term, c.chunks = r.chunks, c.sections = r.sections, c.docs = r.docs,
    c.name = coalesce(r.name, c.name), c.caption = coalesce(r.name, c.caption)
