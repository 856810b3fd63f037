// a concept by normalised name or alias
MATCH (c:Concept) WHERE c.key = $key OR $key IN c.alias_keys
RETURN c.id AS id, c.name AS name
ORDER BY CASE WHEN c.key = $key THEN 0 ELSE 1 END, c.name
LIMIT 5
