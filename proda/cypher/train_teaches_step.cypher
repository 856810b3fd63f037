UNWIND $rows AS r
MATCH (t:TrainItem {id: r.item}), (s:Step {id: r.unit})
MERGE (t)-[:TEACHES]->(s)
