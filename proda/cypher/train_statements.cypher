// training items, L2: every statement with its subject/object concept ids and the chains it is a transition of
// (siblings for distractors are the statements sharing a concept or a chain). Only what generation reads: the
// concepts' names and definitions, and per-statement provenance, made the rows several times larger (a hub's
// definition repeated on thousands of rows) and cost a second per-row aggregation.
// Unordered: callers sort by id in Python (an in-heap ORDER BY of the whole KB counts against ArcadeDB's query heap budget).
MATCH (s:Statement)-[:SUBJECT]->(a:Concept), (s)-[:OBJECT]->(b:Concept)
OPTIONAL MATCH (s)-[:FROM_STEP]->(st:Step)
WITH s, a, b, collect(DISTINCT st.chain_id) AS chains
RETURN s.id AS id, s.subject AS subject, s.predicate AS predicate, s.object AS object,
       coalesce(s.source_quote, '') AS quote, a.id AS subject_id, b.id AS object_id, chains
