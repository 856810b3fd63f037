// viz: concept-concept edges (PREREQUISITE, RELATES; both directions) of the concepts $ids, at most $fanout per kind
UNWIND $ids AS cid
MATCH (c:Concept {id: cid})
WITH c, [(c)-[e:PREREQUISITE]->(o:Concept) | {a: c.id, b: o.id, t: 'PREREQUISITE', label: e.how}][0..$fanout] AS out_p,
        [(o:Concept)-[e:PREREQUISITE]->(c) | {a: o.id, b: c.id, t: 'PREREQUISITE', label: e.how}][0..$fanout] AS in_p,
        [(c)-[e:RELATES]->(o:Concept) | {a: c.id, b: o.id, t: 'RELATES', label: e.predicate}][0..$fanout] AS out_r,
        [(o:Concept)-[e:RELATES]->(c) | {a: o.id, b: c.id, t: 'RELATES', label: e.predicate}][0..$fanout] AS in_r
UNWIND out_p + in_p + out_r + in_r AS e
RETURN DISTINCT e.a AS a, e.b AS b, e.t AS type, e.label AS label
