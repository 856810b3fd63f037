// the guide's default $concept, picked from the user's own KB (never a fixed term of one book): among the concepts
// with prerequisites (the guide's concept query shows them) the most connected one; else the most connected concept
MATCH (c:Concept)
WITH c, size([(c)-[:PREREQUISITE]->(:Concept) | 1]) AS prerequisites,
     size([(c)-[:PREREQUISITE|RELATES]-(:Concept) | 1]) + size([(c)<-[:SUBJECT|OBJECT|MENTIONS|ABOUT]-() | 1]) AS degree
WITH c, prerequisites, degree, CASE WHEN prerequisites > 0 THEN 1 ELSE 0 END AS has_prerequisites
WHERE degree > 0
RETURN c.name AS name, prerequisites, degree
ORDER BY has_prerequisites DESC, degree DESC, name
LIMIT 1
