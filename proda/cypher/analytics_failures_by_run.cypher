// report: failures per chapter for every run (the failure heat map)
MATCH (r:Run)-[e:RESULT]->(b:BenchItem)
RETURN r.id AS run, r.created AS created, coalesce(b.document, '') AS chapter, count(*) AS n,
       sum(CASE WHEN e.passed THEN 0 ELSE 1 END) AS failed
ORDER BY created, chapter
