// blame: diagnoses that blame unit $id or concern one of the benchmark items $items
MATCH (d:Diagnosis)
WHERE size([(d)-[:BLAMES]->(u) WHERE u.id = $id | 1]) > 0
   OR size([(d)-[:FOR_ITEM]->(b:BenchItem) WHERE b.id IN $items | 1]) > 0
RETURN d.id AS id, d.class AS class, [(d)-[:FOR_RUN]->(r:Run) | r.id] AS runs,
       [(d)-[:FOR_ITEM]->(b:BenchItem) | b.id] AS items,
       [(d)-[:BLAMES]->(u) | coalesce(u.name, u.caption, u.id)] AS blames
ORDER BY id
LIMIT $limit
