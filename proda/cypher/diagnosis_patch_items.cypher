// the patch items made for diagnosis $id: items of versions produced by patches that FIX it and TEACH a unit it blames
MATCH (p:Patch)-[:FIXES]->(d:Diagnosis {id: $id})
MATCH (p)-[:PRODUCED]->(v:DatasetVersion)<-[:IN_VERSION]-(t:TrainItem)
WHERE t.generator STARTS WITH 'patch:'
  AND size([(t)-[:TEACHES]->(u)<-[:BLAMES]-(d) | 1]) > 0
RETURN DISTINCT p.id AS patch, t.id AS id, t.generator AS generator, t.prompt AS prompt, t.answer AS answer
ORDER BY id
LIMIT $limit
