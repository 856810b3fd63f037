// the pass/fail of every benchmark item in run $id, with its split (dev | test; dev when stored before splits)
MATCH (r:Run {id: $id})-[e:RESULT]->(b:BenchItem)
RETURN b.id AS item, e.passed AS passed, coalesce(b.domain, '') AS domain, coalesce(b.document, '') AS document,
       coalesce(b.split, 'dev') AS split
ORDER BY item
