// repair: a Patch ($id, $props) made from the diagnoses of run $run, producing dataset version $version
MATCH (r:Run {id: $run})
MATCH (v:DatasetVersion {id: $version})
MERGE (p:Patch {id: $id})
SET p += $props
MERGE (p)-[:FROM_RUN]->(r)
MERGE (p)-[:PRODUCED]->(v)
