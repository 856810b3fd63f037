// proda: orphan concepts (no prerequisite, relation, statement, step or chain)
// param limit = 25
MATCH (c:Concept)
WHERE NOT (c)-[:PREREQUISITE|RELATES]-() AND NOT (c)<-[:MENTIONS|SUBJECT|OBJECT|ABOUT]-()
RETURN c.name AS concept, c.domain AS domain, c.definition AS definition
ORDER BY concept
LIMIT $limit
