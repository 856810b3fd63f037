// review: every chain (optionally of one domain) with the document it was found in (the sampling stratum)
MATCH (ch:Chain)
WHERE $domain IS NULL OR ch.domain = $domain
OPTIONAL MATCH (ch)-[:FROM_CHUNK]->(:Chunk)-[:PART_OF]->(d:Document)
RETURN ch.id AS id, coalesce(min(d.title), '') AS stratum
