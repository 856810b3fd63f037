UNWIND $rows AS r
MATCH (a:Concept {id: r.subject_id}), (b:Concept {id: r.object_id})
MERGE (s:Statement {id: r.id})
SET s.subject = r.subject, s.predicate = r.predicate, s.object = r.object,
    s.source_quote = coalesce(s.source_quote, r.source_quote), s.domain = coalesce(s.domain, r.domain),
    s.caption = r.subject + ' ' + r.predicate + ' ' + r.object,
    s.predicate_lemma = r.predicate_lemma, s.family = r.family, s.polarity = r.polarity, s.negated = r.negated,
    s.quantity = r.quantity, s.rule = r.rule, s.attribution = coalesce(r.attribution, '')
MERGE (s)-[:SUBJECT]->(a)
MERGE (s)-[:OBJECT]->(b)
MERGE (a)-[rel:RELATES {statement_id: r.id}]->(b)
SET rel.predicate = r.predicate
