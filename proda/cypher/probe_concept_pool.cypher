// probes: a pool of defined concepts (distractor names and definitions when a concept has few related ones)
MATCH (c:Concept)
WHERE coalesce(c.definition, '') <> ''
RETURN c.id AS id, c.name AS name, c.definition AS definition, coalesce(c.domain, '') AS domain
ORDER BY id
LIMIT $limit
