// Step nodes and HAS_STEP.  NEXT_STEP is written apart, by ingest_next_steps, once every step of the batch
// exists: the former OPTIONAL MATCH + FOREACH MERGE here cost 3-5 s per 1,000 rows on the embedded store.
UNWIND $rows AS r
MATCH (ch:Chain {id: r.chain_id})
MERGE (s:Step {id: r.id})
SET s.chain_id = r.chain_id, s.position = r.position, s.text = r.text,
    s.caption = toString(r.position) + '. ' + left(r.text, 40),
    s.subject = r.subject, s.predicate = r.predicate, s.object = r.object, s.polarity = r.polarity,
    s.family = r.family, s.sentence = r.sentence, s.then_only = r.then_only
MERGE (ch)-[h:HAS_STEP]->(s)
SET h.position = r.position
