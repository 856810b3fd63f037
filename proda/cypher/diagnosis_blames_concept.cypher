// diagnose: (Diagnosis)-[:BLAMES {role}]->(Concept) for rows {diagnosis, unit, role}
UNWIND $rows AS r
MATCH (d:Diagnosis {id: r.diagnosis})
MATCH (u:Concept {id: r.unit})
MERGE (d)-[e:BLAMES]->(u)
SET e.role = r.role
