UNWIND $rows AS r
MATCH (b:BenchItem {id: r.item}), (u:Step {id: r.unit})
MERGE (b)-[e:TESTS {role: 'step'}]->(u)
