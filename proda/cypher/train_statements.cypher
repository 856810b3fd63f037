// training items, L2: every statement with its subject/object concepts, the chains it is a transition of,
// and the document/heading it came from (siblings for distractors are the statements sharing a concept or a chain)
// Unordered: callers sort by id in Python (an in-heap ORDER BY of the whole KB counts against ArcadeDB's query heap budget).
MATCH (s:Statement)-[:SUBJECT]->(a:Concept), (s)-[:OBJECT]->(b:Concept)
OPTIONAL MATCH (s)-[:FROM_STEP]->(st:Step)
WITH s, a, b, collect(DISTINCT st.chain_id) AS chains
OPTIONAL MATCH (s)-[:FROM_CHUNK]->(k:Chunk)-[:PART_OF]->(d:Document)
WITH s, a, b, chains, min(d.title) AS document, min(k.heading) AS heading
RETURN s.id AS id, s.subject AS subject, s.predicate AS predicate, s.object AS object,
       coalesce(s.source_quote, '') AS quote, coalesce(s.domain, '') AS domain,
       a.id AS subject_id, a.name AS subject_name, coalesce(a.definition, '') AS subject_definition,
       b.id AS object_id, b.name AS object_name, coalesce(b.definition, '') AS object_definition,
       chains, coalesce(document, '') AS document, coalesce(heading, '') AS heading
