MATCH (c:Concept)
RETURN c.id AS id, c.name AS name, coalesce(c.aliases, []) AS aliases, coalesce(c.definition, '') AS definition,
       c.domain AS domain, c.type AS type
ORDER BY c.name
