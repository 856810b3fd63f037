// repair: (Patch $id)-[:TARGETS]->(Step) for the units $ids it teaches
MATCH (p:Patch {id: $id})
UNWIND $ids AS uid
MATCH (u:Step {id: uid})
MERGE (p)-[:TARGETS]->(u)
