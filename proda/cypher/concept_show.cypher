// everything a user wants to see about one concept (chains: concept_chains)
MATCH (c:Concept {id: $id})
CALL { WITH c OPTIONAL MATCH (c)-[p:PREREQUISITE]->(a:Concept)
       WITH a, p ORDER BY a.name LIMIT $limit
       RETURN collect(CASE WHEN a IS NULL THEN null ELSE {name: a.name, how: p.how} END) AS prerequisites }
CALL { WITH c OPTIONAL MATCH (b:Concept)-[p:PREREQUISITE]->(c)
       WITH b, p ORDER BY b.name LIMIT $limit
       RETURN collect(CASE WHEN b IS NULL THEN null ELSE {name: b.name, how: p.how} END) AS dependents }
CALL { WITH c OPTIONAL MATCH (s:Statement)-[:SUBJECT|OBJECT]->(c)
       WITH DISTINCT s ORDER BY s.id LIMIT $limit
       RETURN collect(CASE WHEN s IS NULL THEN null ELSE {subject: s.subject, predicate: s.predicate, object: s.object, quote: s.source_quote} END) AS statements }
CALL { WITH c OPTIONAL MATCH (c)-[f:FROM_CHUNK]->(k:Chunk)-[:PART_OF]->(d:Document)
       WITH f, k, d ORDER BY d.path, k.ord LIMIT $limit
       RETURN collect(CASE WHEN f IS NULL THEN null ELSE {quote: f.quote, document: d.title, path: d.path, heading: k.heading} END) AS sources }
RETURN c.id AS id, c.name AS name, c.aliases AS aliases, c.definition AS definition, c.type AS type,
       c.domain AS domain, c.domains AS domains, prerequisites, dependents, statements, sources
