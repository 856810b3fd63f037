// proda: a concept's prerequisites (two hops)
// param concept = ''
MATCH (c:Concept)
WHERE c.key = toLower(trim($concept)) OR toLower(c.name) = toLower(trim($concept)) OR toLower(trim($concept)) IN c.alias_keys
WITH c LIMIT 1
MATCH p = (c)-[:PREREQUISITE]->(:Concept)
OPTIONAL MATCH q = (c)-[:PREREQUISITE]->(:Concept)-[:PREREQUISITE]->(:Concept)
RETURN p, q
LIMIT 100
