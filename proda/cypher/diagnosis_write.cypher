// diagnose: one Diagnosis per failed item of run $run (id from run + item, so re-running replaces it):
// rows {id, item, props}; old BLAMES edges are removed first (diagnosis_clear_blames)
UNWIND $rows AS r
MATCH (run:Run {id: $run})
MATCH (b:BenchItem {id: r.item})
MERGE (d:Diagnosis {id: r.id})
SET d += r.props
MERGE (d)-[:FOR_RUN]->(run)
MERGE (d)-[:FOR_ITEM]->(b)
