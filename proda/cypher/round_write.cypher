// loop: one Round ($id, $props) of a repair loop, linked to its run, model and training version
MERGE (x:Round {id: $id})
SET x += $props
WITH x
MATCH (r:Run {id: $run})
MERGE (x)-[:TESTED_BY]->(r)
WITH x
MATCH (v:DatasetVersion {id: $version})
MERGE (x)-[:TRAINED_ON]->(v)
