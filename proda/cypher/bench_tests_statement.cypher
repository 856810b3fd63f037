UNWIND $rows AS r
MATCH (b:BenchItem {id: r.item}), (u:Statement {id: r.unit})
MERGE (b)-[e:TESTS {role: 'statement'}]->(u)
