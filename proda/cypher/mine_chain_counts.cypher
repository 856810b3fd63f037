// Chains and steps per kind (procedure | cascade | mined | llm; '' for chains written before kinds), for benchmarks
MATCH (c:Chain)
OPTIONAL MATCH (c)-[:HAS_STEP]->(s:Step)
WITH coalesce(c.kind, '') AS kind, c, count(s) AS steps
RETURN kind, count(c) AS chains, sum(steps) AS steps
