// probes: the answer of model $model to each probe: rows {probe, p_correct, predicted, passed}
UNWIND $rows AS r
MATCH (m:Model {id: $model})
MATCH (p:Probe {id: r.probe})
MERGE (m)-[a:ANSWERED]->(p)
SET a.p_correct = r.p_correct, a.predicted = r.predicted, a.passed = r.passed
