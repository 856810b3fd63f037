UNWIND $rows AS r
MATCH (a:Chunk {id: r.a}), (b:Chunk {id: r.b})
MERGE (a)-[:NEXT]->(b)
