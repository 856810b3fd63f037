// Steps of mined chains: each is one statement's event (subject, predicate, object, polarity, family).
UNWIND $rows AS r
MATCH (ch:Chain {id: r.chain_id})
MERGE (s:Step {id: r.id})
SET s.chain_id = r.chain_id, s.position = r.position, s.text = r.text,
    s.caption = toString(r.position) + '. ' + left(r.text, 40),
    s.subject = r.subject, s.predicate = r.predicate, s.object = r.object, s.polarity = r.polarity, s.family = r.family
MERGE (ch)-[h:HAS_STEP]->(s)
SET h.position = r.position
