MATCH (c:Concept) RETURN c.id AS id
