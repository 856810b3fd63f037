// repair --control random: the ids of every concept with a definition
MATCH (c:Concept) WHERE coalesce(c.definition, '') <> ''
RETURN c.id AS id
ORDER BY id
