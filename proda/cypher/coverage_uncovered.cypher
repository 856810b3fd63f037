// coverage: concepts and statements not both taught and tested, the most connected first
CALL { MATCH (c:Concept)
       WITH c, size([(c)<-[:TEACHES]-(t:TrainItem) | 1]) > 0 AS taught, size([(c)<-[:TESTS]-(b:BenchItem) | 1]) > 0 AS tested
       WHERE NOT (taught AND tested)
       RETURN 'Concept' AS kind, c.id AS id, c.name AS name, c.domain AS domain, taught, tested,
              size([(c)-[:PREREQUISITE|RELATES]-() | 1]) AS degree
       UNION ALL
       MATCH (s:Statement)
       WITH s, size([(s)<-[:TEACHES]-(t:TrainItem) | 1]) > 0 AS taught, size([(s)<-[:TESTS]-(b:BenchItem) | 1]) > 0 AS tested
       WHERE NOT (taught AND tested)
       RETURN 'Statement' AS kind, s.id AS id, coalesce(s.caption, s.subject + ' ' + s.predicate + ' ' + s.object) AS name,
              s.domain AS domain, taught, tested, 0 AS degree }
RETURN kind, id, name, domain, taught, tested, degree
ORDER BY degree DESC, kind, name
LIMIT $limit
