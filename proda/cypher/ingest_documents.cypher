UNWIND $rows AS r
MERGE (d:Document {id: r.id})
SET d.path = r.path, d.title = r.title, d.format = r.format, d.sha256 = r.sha256,
    d.chars = r.chars, d.domain = coalesce(d.domain, r.domain), d.caption = r.title,
    d.complete = coalesce(d.complete, false)
