UNWIND $rows AS r
MATCH (d:Document {id: r.id})
SET d.complete = true, d.ingested_at = r.at, d.extractor = r.extractor
