UNWIND $rows AS r
MATCH (d:Document {id: r.doc_id})
MERGE (c:Chunk {id: r.id})
SET c.doc_id = r.doc_id, c.ord = r.ord, c.text = r.text, c.start = r.start, c.end = r.end,
    c.heading_path = r.heading_path, c.heading = r.heading, c.caption = r.caption
MERGE (c)-[:PART_OF]->(d)
