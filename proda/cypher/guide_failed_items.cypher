// proda: failed items of a run
// param run = ''
// param limit = 25
MATCH (r:Run {id: $run})-[e:RESULT]->(b:BenchItem)
WHERE e.passed = false
RETURN b.id AS item, b.kind AS kind, b.document AS chapter, b.question AS question, e.predicted AS predicted,
       e.correct AS correct
ORDER BY chapter, item
LIMIT $limit
