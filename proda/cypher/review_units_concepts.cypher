// review: what a reviewer needs to judge concepts: name, definition, and the chunk the definition came from
UNWIND $ids AS uid
MATCH (c:Concept {id: uid})
OPTIONAL MATCH (c)-[f:FROM_CHUNK]->(k:Chunk)-[:PART_OF]->(d:Document)
WITH c, f, k, d ORDER BY k.id
WITH c, collect({quote: f.quote, how: f.how, chunk: k.text, heading_path: k.heading_path, document: d.title})[0] AS src
RETURN c.id AS id, c.name AS name, coalesce(c.definition, '') AS definition, coalesce(c.type, 'term') AS type,
       coalesce(c.domain, '') AS domain, coalesce(src.how, '') AS kind, coalesce(src.quote, '') AS quote,
       coalesce(src.chunk, '') AS chunk, src.heading_path AS heading_path, coalesce(src.document, '') AS document
