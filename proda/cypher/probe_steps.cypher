// probes: the steps $ids with their chain, every step of that chain, and the transition statements
// leaving each step (step i -> i+1)
UNWIND $ids AS sid
MATCH (ch:Chain)-[:HAS_STEP]->(s:Step {id: sid})
RETURN s.id AS id, ch.id AS chain_id, ch.name AS chain, s.position AS position, s.text AS text,
       [(ch)-[:HAS_STEP]->(o:Step) | {id: o.id, position: o.position, text: o.text}] AS steps,
       [(s)<-[:FROM_STEP]-(x:Statement)-[:TO_STEP]->(n:Step) |
        {id: x.id, subject: x.subject, predicate: x.predicate, object: x.object, to: n.id}] AS transitions
