// proda: top prerequisite hubs (concepts most others need)
// param limit = 25
MATCH (b:Concept)-[:PREREQUISITE]->(a:Concept)
RETURN a.name AS concept, count(b) AS dependents
ORDER BY dependents DESC, concept
LIMIT $limit
