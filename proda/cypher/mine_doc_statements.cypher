// Mined chains (proda/ingest/mine.py): the statements of each document that may be a causal step -- families are
// filtered here when stored (statements of older graphs, with no family property, pass and are filtered by the caller
// from their predicate); a statement through somebody's view is no step.  The caller joins them into paths.
UNWIND $docs AS did
MATCH (d:Document {id: did})<-[:PART_OF]-(:Chunk)<-[:FROM_CHUNK]-(s:Statement)
WHERE (s.family IS NULL OR s.family IN $families) AND coalesce(s.attribution, '') = ''
RETURN DISTINCT did AS doc, s.id AS id
