// probes: the verdict of model $model on each Step unit (cached per model and unit): rows {unit, props}
UNWIND $rows AS r
MATCH (m:Model {id: $model})
MATCH (u:Step {id: r.unit})
MERGE (m)-[v:PROBED]->(u)
SET v += r.props
