MATCH (c:Concept) WHERE c.key CONTAINS $q OR toLower(coalesce(c.definition, '')) CONTAINS $q
RETURN c.id AS id, c.name AS name, null AS score
ORDER BY size(c.name)
LIMIT $limit
