// a transition statement links to the adjacent step pair (i -> i+1) it came from
UNWIND $rows AS r
MATCH (s:Statement {id: r.statement}), (a:Step {id: r.from_step}), (b:Step {id: r.to_step})
MERGE (s)-[:FROM_STEP]->(a)
MERGE (s)-[:TO_STEP]->(b)
