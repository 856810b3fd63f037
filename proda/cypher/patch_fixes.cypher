// repair: (Patch $id)-[:FIXES]->(Diagnosis) for the diagnoses $ids it was made for
MATCH (p:Patch {id: $id})
UNWIND $ids AS did
MATCH (d:Diagnosis {id: did})
MERGE (p)-[:FIXES]->(d)
