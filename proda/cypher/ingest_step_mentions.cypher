UNWIND $rows AS r
MATCH (s:Step {id: r.step}), (c:Concept {id: r.concept})
MERGE (s)-[:MENTIONS]->(c)
