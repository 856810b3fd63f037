// training items, L1: concepts that have a definition, with the document/heading it came from
// Unordered: callers sort by id in Python (an in-heap ORDER BY of the whole KB counts against ArcadeDB's query heap budget).
MATCH (c:Concept)
WHERE coalesce(c.definition, '') <> ''
OPTIONAL MATCH (c)-[:FROM_CHUNK]->(k:Chunk)-[:PART_OF]->(d:Document)
WITH c, min(d.title) AS document, min(k.heading) AS heading
RETURN c.id AS id, c.name AS name, c.definition AS definition, coalesce(c.type, 'term') AS type,
       coalesce(c.domain, '') AS domain, coalesce(document, '') AS document, coalesce(heading, '') AS heading
