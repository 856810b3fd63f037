// Mined chains (proda/ingest/mine.py): paths of three statements inside ONE document joined on the same concept --
// the object of each statement is the subject of the next -- with all three statements from that document.
// Families are filtered here when stored; statements of older graphs (no family property) pass and are filtered by
// the caller from their predicate.  The caller stitches overlapping triples into longer paths.
// (One MATCH per pattern: ArcadeDB drops rows when two comma-joined patterns both end on d.)
UNWIND $docs AS did
MATCH (d:Document {id: did})<-[:PART_OF]-(:Chunk)<-[:FROM_CHUNK]-(s1:Statement)-[:OBJECT]->(c1:Concept)<-[:SUBJECT]-(s2:Statement)
MATCH (s2)-[:OBJECT]->(c2:Concept)<-[:SUBJECT]-(s3:Statement)
MATCH (s2)-[:FROM_CHUNK]->(:Chunk)-[:PART_OF]->(d)
MATCH (s3)-[:FROM_CHUNK]->(:Chunk)-[:PART_OF]->(d)
WHERE s1.id <> s2.id AND s2.id <> s3.id AND s1.id <> s3.id AND c1.id <> c2.id
  AND (s1.family IS NULL OR s1.family IN $families)
  AND (s2.family IS NULL OR s2.family IN $families)
  AND (s3.family IS NULL OR s3.family IN $families)
  AND coalesce(s1.attribution, '') = '' AND coalesce(s2.attribution, '') = '' AND coalesce(s3.attribution, '') = ''
RETURN DISTINCT did AS doc, s1.id AS a, s2.id AS b, s3.id AS c
