// viz: a chain by id or exact name
MATCH (c:Chain) WHERE c.id = $x OR c.name = $x
RETURN c.id AS id, c.name AS name
LIMIT 1
