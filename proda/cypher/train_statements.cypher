// training items, L2: every statement with its subject/object concept ids and types, the chains it is a transition
// of, its sign (issue 11 graphs store predicate_lemma, family, polarity, negated; older ones leave them null and
// generation falls back to proda.lexicon), whether its subject is a term of the field (`term` on Concept; older
// graphs: true) and its first source chunk and document (distractors are checked against the chunk and drawn from
// the same chapter).  Only what generation reads: concept definitions and full provenance
// made the rows several times larger.
// Attributed views (s.attribution, "according to X") are left out: an item would teach them as the book's own claim.
// Unordered: callers sort by id in Python (an in-heap ORDER BY of the whole KB counts against ArcadeDB's query heap budget).
MATCH (s:Statement)-[:SUBJECT]->(a:Concept), (s)-[:OBJECT]->(b:Concept)
WHERE coalesce(s.attribution, '') = ''
OPTIONAL MATCH (s)-[:FROM_STEP]->(st:Step)
WITH s, a, b, collect(DISTINCT st.chain_id) AS chains
OPTIONAL MATCH (s)-[:FROM_CHUNK]->(k:Chunk)-[:PART_OF]->(d:Document)
WITH s, a, b, chains, min(k.id) AS chunk, min(d.path) AS document
RETURN s.id AS id, s.subject AS subject, s.predicate AS predicate, s.object AS object,
       coalesce(s.source_quote, '') AS quote, a.id AS subject_id, b.id AS object_id, chains,
       coalesce(a.term, true) AS subject_term, s.predicate_lemma AS predicate_lemma, s.family AS family,
       s.polarity AS polarity, s.negated AS negated,
       coalesce(chunk, '') AS chunk, coalesce(document, '') AS document
