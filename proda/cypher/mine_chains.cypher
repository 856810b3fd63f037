// Mined chains: kind "mined" and the sign of the path (product of its links' polarities).
UNWIND $rows AS r
MERGE (ch:Chain {id: r.id})
SET ch.name = r.name, ch.caption = r.name, ch.summary = r.summary, ch.preconditions = [], ch.negative_constraints = [],
    ch.domain = coalesce(ch.domain, r.domain), ch.length = r.length, ch.kind = 'mined', ch.sign = r.sign
WITH ch, r
MATCH (c:Concept {id: r.about})
MERGE (ch)-[:ABOUT]->(c)
