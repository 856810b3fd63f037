MERGE (r:IngestRun {id: $id})
SET r += $props
