// training items, L1: concepts that have a definition (only what generation reads).
// Unordered: callers sort by id in Python (an in-heap ORDER BY of the whole KB counts against ArcadeDB's query heap budget).
MATCH (c:Concept)
WHERE coalesce(c.definition, '') <> ''
RETURN c.id AS id, c.name AS name, c.definition AS definition, coalesce(c.type, 'term') AS type
