// report: results of run $run per domain, chapter (the item's source document) and item kind, and per item size
// (options shown, correct options): what the chance level of a group is computed from (proda/evaluate/asking.py)
MATCH (r:Run {id: $run})-[e:RESULT]->(b:BenchItem)
RETURN coalesce(b.domain, '') AS domain, coalesce(b.document, '') AS chapter, coalesce(b.kind, '') AS kind,
       size(b.options) AS options, size(b.correct) AS keys,
       count(*) AS n, sum(CASE WHEN e.passed THEN 1 ELSE 0 END) AS passed
ORDER BY domain, chapter, kind, options, keys
