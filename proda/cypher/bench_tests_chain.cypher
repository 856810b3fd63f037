UNWIND $rows AS r
MATCH (b:BenchItem {id: r.item}), (u:Chain {id: r.unit})
MERGE (b)-[e:TESTS {role: 'chain'}]->(u)
