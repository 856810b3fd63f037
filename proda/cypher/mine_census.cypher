// Every statement of every document with its two concepts (for benchmarks/chain_census.py: the rows are then read
// with mine_statements, as proda/ingest/mine.py reads them); a statement through somebody's view is left out, as in
// mine_doc_statements.  Also each concept's name and alias keys: a link lost because one thing has two concept nodes.
MATCH (d:Document)<-[:PART_OF]-(:Chunk)<-[:FROM_CHUNK]-(s:Statement)-[:SUBJECT]->(a:Concept)
MATCH (s)-[:OBJECT]->(b:Concept)
WHERE coalesce(s.attribution, '') = ''
RETURN DISTINCT d.id AS doc, s.id AS id, coalesce(d.path, '') AS path, s.negated AS negated,
       a.key AS subject_key, b.key AS object_key, b.name AS object_name, coalesce(a.alias_keys, []) AS subject_aliases,
       coalesce(b.alias_keys, []) AS object_aliases
