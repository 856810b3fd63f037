// report: the concepts most others need (PREREQUISITE in-degree), with how the edges were found
MATCH (b:Concept)-[p:PREREQUISITE]->(a:Concept)
WITH a, count(b) AS dependents,
     sum(CASE WHEN p.how CONTAINS 'definition' THEN 1 ELSE 0 END) AS by_definition,
     sum(CASE WHEN p.how CONTAINS 'statement' THEN 1 ELSE 0 END) AS by_statement,
     sum(CASE WHEN p.how CONTAINS 'chain_order' THEN 1 ELSE 0 END) AS by_chain_order
RETURN a.id AS id, a.name AS name, dependents, by_definition, by_statement, by_chain_order
ORDER BY dependents DESC, name
LIMIT $limit
