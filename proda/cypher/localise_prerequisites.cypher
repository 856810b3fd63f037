// localise_prerequisites: one PREREQUISITE hop out of each concept in $ids, at most $fanout per concept,
// definition/statement edges before chain_order ones (the same choice localise_failure makes per level).
// localise() walks the levels in Python over the union of a whole batch's frontier, so a hub concept shared by
// many failed items is expanded once.
UNWIND $ids AS cid
MATCH (c:Concept {id: cid})
RETURN cid AS id,
       ([(c)-[r:PREREQUISITE]->(q:Concept) WHERE r.how <> 'chain_order' | {id: q.id, name: q.name}] +
        [(c)-[r:PREREQUISITE]->(q:Concept) WHERE r.how = 'chain_order' | {id: q.id, name: q.name}])[0..$fanout] AS prereqs
