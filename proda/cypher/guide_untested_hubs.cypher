// proda: well-connected concepts no benchmark item tests
// param limit = 25
MATCH (c:Concept)
WHERE NOT (c)<-[:TESTS]-(:BenchItem)
WITH c, size([(c)-[:PREREQUISITE|RELATES]-() | 1]) AS degree
RETURN c.name AS concept, degree, size([(c)<-[:TEACHES]-(:TrainItem) | 1]) AS taught_by
ORDER BY degree DESC, concept
LIMIT $limit
