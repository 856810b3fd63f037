// chains that mention a concept in a step or are about it, with their ordered steps
MATCH (c:Concept {id: $id})
MATCH (ch:Chain) WHERE (ch)-[:ABOUT]->(c) OR EXISTS { MATCH (ch)-[:HAS_STEP]->(:Step)-[:MENTIONS]->(c) }
WITH DISTINCT ch ORDER BY ch.name LIMIT $limit
MATCH (ch)-[:HAS_STEP]->(s:Step)
WITH ch, s ORDER BY s.position
RETURN ch.id AS id, ch.name AS name, collect(s.text) AS steps
