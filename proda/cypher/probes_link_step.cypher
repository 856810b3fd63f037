// probes: (Probe)-[:PROBES]->(Step) for rows {probe, unit}
UNWIND $rows AS r
MATCH (p:Probe {id: r.probe})
MATCH (u:Step {id: r.unit})
MERGE (p)-[:PROBES]->(u)
