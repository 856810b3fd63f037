// diagnose: (Diagnosis)-[:BLAMES {role}]->(Step) for rows {diagnosis, unit, role}
UNWIND $rows AS r
MATCH (d:Diagnosis {id: r.diagnosis})
MATCH (u:Step {id: r.unit})
MERGE (d)-[e:BLAMES]->(u)
SET e.role = r.role
