// the pass/fail of every benchmark item in run $id
MATCH (r:Run {id: $id})-[e:RESULT]->(b:BenchItem)
RETURN b.id AS item, e.passed AS passed, coalesce(b.domain, '') AS domain, coalesce(b.document, '') AS document
ORDER BY item
