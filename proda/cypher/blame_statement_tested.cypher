// blame: benchmark items testing statement $id
MATCH (b:BenchItem)-[:TESTS]->(s:Statement {id: $id})
RETURN b.id AS id, b.kind AS kind, b.question AS text, b.document AS chapter, 'statement' AS via
ORDER BY id
LIMIT $limit
