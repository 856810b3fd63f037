// The stored results of run $id on its dev items only: what diagnosis reads.  Items held out as test
// (b.split = 'test') never leave this query, so they are never localised, probed, blamed or patched.
// An item stored before the split existed counts as dev.
MATCH (r:Run {id: $id})-[e:RESULT]->(b:BenchItem)
WHERE coalesce(b.split, 'dev') = 'dev'
RETURN b.id AS item, e.predicted AS predicted, e.correct AS correct, e.scores AS scores, e.passed AS passed,
       b.domain AS domain, b.document AS document, b.chain_length AS chain_length
ORDER BY item
