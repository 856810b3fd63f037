// blame: training items teaching concept $id, directly or through a statement about it
MATCH (c:Concept {id: $id})
CALL { WITH c MATCH (t:TrainItem)-[:TEACHES]->(c) RETURN t, 'concept' AS via
       UNION WITH c MATCH (t:TrainItem)-[:TEACHES]->(:Statement)-[:SUBJECT|OBJECT]->(c) RETURN t, 'statement' AS via }
RETURN t.id AS id, t.type AS type, coalesce(t.prompt, t.caption) AS text, via,
       [(t)-[:IN_VERSION]->(v:DatasetVersion) | v.id] AS versions
ORDER BY via, id
LIMIT $limit
