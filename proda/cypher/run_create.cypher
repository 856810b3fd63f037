// A test run ($id, $props) of a model ($model).
MERGE (m:Model {id: $model})
ON CREATE SET m.base = $model_base, m.path = $model_path, m.created = $created
MERGE (r:Run {id: $id})
SET r += $props
MERGE (r)-[:OF_MODEL]->(m)
