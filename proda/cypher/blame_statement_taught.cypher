// blame: training items teaching statement $id
MATCH (t:TrainItem)-[:TEACHES]->(s:Statement {id: $id})
RETURN t.id AS id, t.type AS type, coalesce(t.prompt, t.caption) AS text, 'statement' AS via,
       [(t)-[:IN_VERSION]->(v:DatasetVersion) | v.id] AS versions
ORDER BY id
LIMIT $limit
