// repair: (Patch $id)-[:TARGETS]->(Concept) for the units $ids it teaches
MATCH (p:Patch {id: $id})
UNWIND $ids AS uid
MATCH (u:Concept {id: uid})
MERGE (p)-[:TARGETS]->(u)
