// concepts with the extraction rules that found them (FROM_CHUNK.how), for glossary recall
MATCH (c:Concept)
OPTIONAL MATCH (c)-[f:FROM_CHUNK]->(:Chunk)
WITH c, [h IN collect(DISTINCT f.how) WHERE h IS NOT NULL AND h <> 'mention'] AS how
RETURN c.id AS id, c.name AS name, coalesce(c.aliases, []) AS aliases, coalesce(c.definition, '') AS definition, how
