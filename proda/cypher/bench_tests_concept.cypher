UNWIND $rows AS r
MATCH (b:BenchItem {id: r.item}), (u:Concept {id: r.unit})
MERGE (b)-[e:TESTS {role: 'concept'}]->(u)
