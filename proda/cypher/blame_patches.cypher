// blame: patches linked to unit $id or to one of the diagnoses $diagnoses
MATCH (p:Patch)-[rel]-(u)
WHERE u.id = $id OR u.id IN $diagnoses
RETURN DISTINCT p.id AS id, coalesce(p.caption, p.kind, '') AS patch, type(rel) AS link, u.id AS unit
ORDER BY id
LIMIT $limit
