// blame: benchmark items testing concept $id: directly, through a statement about it, a step mentioning it, a chain about it
MATCH (c:Concept {id: $id})
CALL { WITH c MATCH (b:BenchItem)-[:TESTS]->(c) RETURN b, 'concept' AS via
       UNION WITH c MATCH (b:BenchItem)-[:TESTS]->(:Statement)-[:SUBJECT|OBJECT]->(c) RETURN b, 'statement' AS via
       UNION WITH c MATCH (b:BenchItem)-[:TESTS]->(:Step)-[:MENTIONS]->(c) RETURN b, 'step' AS via
       UNION WITH c MATCH (b:BenchItem)-[:TESTS]->(:Chain)-[:ABOUT]->(c) RETURN b, 'chain' AS via }
RETURN b.id AS id, b.kind AS kind, b.question AS text, b.document AS chapter, via
ORDER BY via, id
LIMIT $limit
