// a new dataset version (incomplete until dataset_version_complete), linked to its parent if any
CREATE (v:DatasetVersion {id: $id, kind: $kind, name: $vname, parent: $parent, created: $created,
                          counts: $counts, config: $config, complete: false, caption: $vname})
WITH v
OPTIONAL MATCH (p:DatasetVersion {id: $parent})
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (v)-[:PARENT]->(p))
