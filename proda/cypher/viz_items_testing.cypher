// viz: benchmark items testing the given units (by label), with their result in run $run (null: no result)
CALL { UNWIND $concepts AS x MATCH (b:BenchItem)-[t:TESTS]->(u:Concept {id: x}) RETURN b, u.id AS unit
       UNION UNWIND $statements AS x MATCH (b:BenchItem)-[t:TESTS]->(u:Statement {id: x}) RETURN b, u.id AS unit
       UNION UNWIND $chains AS x MATCH (b:BenchItem)-[t:TESTS]->(u:Chain {id: x}) RETURN b, u.id AS unit
       UNION UNWIND $steps AS x MATCH (b:BenchItem)-[t:TESTS]->(u:Step {id: x}) RETURN b, u.id AS unit }
WITH b, unit LIMIT $limit
OPTIONAL MATCH (r:Run {id: $run})-[e:RESULT]->(b)
RETURN b.id AS id, b.kind AS kind, b.question AS question, unit, e.passed AS passed
