// probes: the concepts $ids with their definition, the statements they are subject / object of (at most 40 each,
// for the probes and for the truth check of false options) and up to 12 related concepts (PREREQUISITE either
// way) whose names and definitions make distractors
UNWIND $ids AS cid
MATCH (c:Concept {id: cid})
RETURN c.id AS id, c.name AS name, coalesce(c.definition, '') AS definition, coalesce(c.domain, '') AS domain,
       [(c)<-[:SUBJECT]-(s:Statement)-[:OBJECT]->(o:Concept) |
        {id: s.id, subject: s.subject, predicate: s.predicate, object: s.object, subject_id: c.id, object_id: o.id}][0..40]
         AS as_subject,
       [(c)<-[:OBJECT]-(s:Statement)-[:SUBJECT]->(a:Concept) |
        {id: s.id, subject: s.subject, predicate: s.predicate, object: s.object, subject_id: a.id, object_id: c.id}][0..40]
         AS as_object,
       [(c)-[:PREREQUISITE]-(n:Concept) WHERE n.id <> c.id |
        {id: n.id, name: n.name, definition: coalesce(n.definition, '')}][0..12] AS related
