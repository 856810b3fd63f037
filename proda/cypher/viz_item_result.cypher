// viz: the result of benchmark item $item in run $run, or in its newest run when $run is null
MATCH (r:Run)-[e:RESULT]->(b:BenchItem {id: $item})
WHERE $run IS NULL OR r.id = $run
RETURN r.id AS run, e.passed AS passed, e.predicted AS predicted, e.correct AS correct, b.question AS question,
       b.kind AS kind
ORDER BY r.created DESC
LIMIT 1
