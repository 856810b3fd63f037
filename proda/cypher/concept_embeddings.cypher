UNWIND $rows AS r
MATCH (c:Concept {id: r.id})
SET c.embedding = r.embedding
