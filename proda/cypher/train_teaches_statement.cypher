UNWIND $rows AS r
MATCH (t:TrainItem {id: r.item}), (s:Statement {id: r.unit})
MERGE (t)-[:TEACHES]->(s)
