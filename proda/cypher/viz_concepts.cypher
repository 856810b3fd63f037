// viz: concept nodes by id
UNWIND $ids AS cid
MATCH (c:Concept {id: cid})
RETURN c.id AS id, c.name AS name, c.definition AS definition, c.domain AS domain
