// provenance: Statement -> the chunk it came from, with the quote
UNWIND $rows AS r
MATCH (u:Statement {id: r.unit}), (k:Chunk {id: r.chunk})
MERGE (u)-[s:FROM_CHUNK]->(k)
SET s.quote = r.quote, s.how = r.how
