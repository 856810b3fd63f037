// report: how many concepts have each degree (PREREQUISITE and RELATES edges, both directions)
MATCH (c:Concept)
WITH size([(c)-[:PREREQUISITE|RELATES]-() | 1]) AS degree
RETURN degree, count(*) AS concepts
ORDER BY degree
