// graph centrality of the concepts $ids: PREREQUISITE degree (in + out)
UNWIND $ids AS cid
MATCH (c:Concept {id: cid})
RETURN c.id AS id, c.name AS name, size([(c)-[:PREREQUISITE]-() | 1]) AS degree
