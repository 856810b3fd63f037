UNWIND $rows AS r
MATCH (t:TrainItem {id: r.item}), (c:Concept {id: r.unit})
MERGE (t)-[:TEACHES]->(c)
