// viz / guide: a sample chain (the longest)
MATCH (c:Chain)
RETURN c.id AS id, c.name AS name
ORDER BY c.length DESC, c.id
LIMIT 1
