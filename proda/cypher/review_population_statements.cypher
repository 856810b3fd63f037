// review: every statement (optionally of one domain) with the document it was found in (the sampling stratum)
MATCH (s:Statement)
WHERE $domain IS NULL OR s.domain = $domain
OPTIONAL MATCH (s)-[:FROM_CHUNK]->(:Chunk)-[:PART_OF]->(d:Document)
RETURN s.id AS id, coalesce(min(d.title), '') AS stratum
