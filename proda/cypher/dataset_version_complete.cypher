// all items of a version are written: it may now be listed and used
MATCH (v:DatasetVersion {id: $id})
SET v.complete = true
