// The stored results of run $id, one row per benchmark item.
MATCH (r:Run {id: $id})-[e:RESULT]->(b:BenchItem)
RETURN b.id AS item, e.predicted AS predicted, e.correct AS correct, e.scores AS scores, e.passed AS passed,
       b.domain AS domain, b.document AS document, b.chain_length AS chain_length
ORDER BY item
