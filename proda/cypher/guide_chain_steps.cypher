// proda: a chain with its steps and the concepts they mention
// param chain = ''
MATCH (ch:Chain)
WHERE ch.id = $chain OR ch.name = $chain
WITH ch LIMIT 1
MATCH p = (ch)-[:HAS_STEP]->(s:Step)
OPTIONAL MATCH n = (s)-[:NEXT_STEP]->(:Step)
OPTIONAL MATCH m = (s)-[:MENTIONS]->(:Concept)
RETURN p, n, m
