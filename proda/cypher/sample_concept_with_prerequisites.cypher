// the concept with the most prerequisites: a default for the guide's $concept that returns rows on any KB
MATCH (c:Concept)-[:PREREQUISITE]->(:Concept)
RETURN c.name AS name, count(*) AS n
ORDER BY n DESC, name
LIMIT 1
