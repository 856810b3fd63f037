// review: every concept (optionally of one domain) with the document it was first found in (the sampling stratum)
MATCH (c:Concept)
WHERE $domain IS NULL OR c.domain = $domain OR $domain IN coalesce(c.domains, [])
OPTIONAL MATCH (c)-[:FROM_CHUNK]->(:Chunk)-[:PART_OF]->(d:Document)
RETURN c.id AS id, coalesce(min(d.title), '') AS stratum
