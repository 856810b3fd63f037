// every statement as a directed link between two concepts, with its sign when stored: an other-chain step is not
// offered as a distractor when the KB links a concept of the chain to a concept only that step names
MATCH (s:Statement)-[:SUBJECT]->(a:Concept), (s)-[:OBJECT]->(b:Concept)
RETURN a.id AS subject_id, b.id AS object_id, s.predicate AS predicate, s.predicate_lemma AS predicate_lemma,
       s.family AS family
