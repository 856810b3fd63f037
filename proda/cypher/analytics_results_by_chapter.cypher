// report: results of run $run per domain, chapter (the item's source document) and item kind
MATCH (r:Run {id: $run})-[e:RESULT]->(b:BenchItem)
RETURN coalesce(b.domain, '') AS domain, coalesce(b.document, '') AS chapter, coalesce(b.kind, '') AS kind,
       count(*) AS n, sum(CASE WHEN e.passed THEN 1 ELSE 0 END) AS passed
ORDER BY domain, chapter, kind
