// training items, L1: terms (not mere argument phrases; graphs older than `term` count as terms) that have a
// definition (only what generation reads).
// Unordered: callers sort by id in Python (an in-heap ORDER BY of the whole KB counts against ArcadeDB's query heap budget).
MATCH (c:Concept)
WHERE coalesce(c.definition, '') <> '' AND coalesce(c.term, true)
RETURN c.id AS id, c.name AS name, c.definition AS definition, coalesce(c.type, 'term') AS type
