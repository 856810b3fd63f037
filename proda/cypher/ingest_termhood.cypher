// termhood: `term` (an L1 concept) and the recurrence it was judged on, recomputed on every ingest
UNWIND $rows AS r
MATCH (c:Concept {id: r.id})
SET c.term = r.term, c.chunks = r.chunks, c.sections = r.sections, c.docs = r.docs
