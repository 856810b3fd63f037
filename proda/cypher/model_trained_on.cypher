// Link a model to the training dataset version it was built from.
MATCH (m:Model {id: $id})
MATCH (d:DatasetVersion {id: $version})
MERGE (m)-[:TRAINED_ON]->(d)
