// report: the concepts blamed by most concept-gap diagnoses of run $run
MATCH (d:Diagnosis {class: 'concept_gap'})-[:FOR_RUN]->(r:Run {id: $run})
MATCH (d)-[:BLAMES]->(c:Concept)
RETURN c.id AS id, c.name AS name, count(DISTINCT d) AS failures,
       size([(c)<-[:TEACHES]-(t:TrainItem) | 1]) AS taught_by
ORDER BY failures DESC, name
LIMIT $limit
