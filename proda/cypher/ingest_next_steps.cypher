// (prev)-[:NEXT_STEP]->(step) for rows {prev, id}; run after ingest_steps (rows with no prev are skipped).
UNWIND $rows AS r
MATCH (p:Step {id: r.prev}), (s:Step {id: r.id})
MERGE (p)-[:NEXT_STEP]->(s)
