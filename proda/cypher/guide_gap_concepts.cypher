// proda: gap concepts of a run (blamed by concept-gap diagnoses)
// param run = ''
// param limit = 25
MATCH (d:Diagnosis {class: 'concept_gap'})-[:FOR_RUN]->(r:Run {id: $run})
MATCH (d)-[:BLAMES]->(c:Concept)
RETURN c.name AS concept, count(DISTINCT d) AS failures
ORDER BY failures DESC, concept
LIMIT $limit
