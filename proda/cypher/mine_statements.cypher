// What a mined step needs of its statement: the event, its sign, its concepts, and where it is quoted in the document
// (chunk order, heading and text: mined links must read forward within one section).
UNWIND $rows AS r
MATCH (d:Document {id: r.doc})<-[:PART_OF]-(k:Chunk)<-[:FROM_CHUNK]-(s:Statement {id: r.id})
MATCH (s)-[:SUBJECT]->(a:Concept), (s)-[:OBJECT]->(b:Concept)
RETURN r.doc AS doc, s.id AS id, s.subject AS subject, s.predicate AS predicate, s.object AS object,
       s.predicate_lemma AS lemma, s.family AS family, s.polarity AS polarity, s.negated AS negated,
       s.source_quote AS quote,
       a.id AS subject_id, b.id AS object_id, k.id AS chunk, k.ord AS ord, k.heading AS heading, k.text AS chunk_text, d.title AS title
