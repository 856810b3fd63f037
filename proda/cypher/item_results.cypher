// every stored result of the benchmark item $item, oldest run first
MATCH (r:Run)-[e:RESULT]->(b:BenchItem {id: $item})
RETURN r.id AS run, r.created AS created, r.model AS model, e.passed AS passed, e.predicted AS predicted
ORDER BY created
