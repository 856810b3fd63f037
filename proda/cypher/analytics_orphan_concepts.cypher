// report: concepts with no PREREQUISITE/RELATES edge and not used by any statement, step or chain
MATCH (c:Concept)
WHERE NOT (c)-[:PREREQUISITE|RELATES]-() AND NOT (c)<-[:MENTIONS|SUBJECT|OBJECT|ABOUT]-()
RETURN c.id AS id, c.name AS name, c.domain AS domain, coalesce(c.definition, '') <> '' AS defined
ORDER BY name
LIMIT $limit
