// probes: (Probe)-[:PROBES]->(Concept) for rows {probe, unit}
UNWIND $rows AS r
MATCH (p:Probe {id: r.probe})
MATCH (u:Concept {id: r.unit})
MERGE (p)-[:PROBES]->(u)
