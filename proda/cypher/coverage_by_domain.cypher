// coverage per domain: concepts, and how many are taught / tested / both
MATCH (c:Concept)
WITH coalesce(c.domain, '') AS domain, size([(c)<-[:TEACHES]-(t:TrainItem) | 1]) > 0 AS taught,
     size([(c)<-[:TESTS]-(b:BenchItem) | 1]) > 0 AS tested
RETURN domain, count(*) AS concepts, sum(CASE WHEN taught THEN 1 ELSE 0 END) AS taught,
       sum(CASE WHEN tested THEN 1 ELSE 0 END) AS tested,
       sum(CASE WHEN taught AND tested THEN 1 ELSE 0 END) AS covered
ORDER BY concepts DESC
