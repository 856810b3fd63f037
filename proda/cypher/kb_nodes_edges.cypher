// total nodes and relationships, for idempotency checks
CALL { MATCH (n) RETURN count(n) AS nodes }
CALL { MATCH ()-[e]->() RETURN count(e) AS edges }
RETURN nodes, edges
