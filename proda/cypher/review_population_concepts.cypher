// review: every L1 concept (a term: proda/ingest/termhood.py; argument phrases are not sampled; graphs older than
// the property count as terms), optionally of one domain, with the document it was first found in (the stratum)
MATCH (c:Concept)
WHERE coalesce(c.term, true) AND ($domain IS NULL OR c.domain = $domain OR $domain IN coalesce(c.domains, []))
OPTIONAL MATCH (c)-[:FROM_CHUNK]->(:Chunk)-[:PART_OF]->(d:Document)
RETURN c.id AS id, coalesce(min(d.title), '') AS stratum
