// undirected concept-concept edges for connectivity (largest component)
MATCH (a:Concept)-[:PREREQUISITE|RELATES]->(b:Concept)
RETURN DISTINCT a.id AS a, b.id AS b
