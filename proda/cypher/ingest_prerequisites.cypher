// (b)-[:PREREQUISITE]->(a): b needs a.  how: definition | statement | chain_order
UNWIND $rows AS r
MATCH (b:Concept {id: r.dependent}), (a:Concept {id: r.prerequisite})
MERGE (b)-[p:PREREQUISITE]->(a)
SET p.how = CASE WHEN p.how IS NULL OR p.how = r.how THEN r.how
                 WHEN p.how CONTAINS r.how THEN p.how ELSE p.how + ',' + r.how END
