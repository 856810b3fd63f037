// relationships per (type, source labels, target labels), for push and for comparing a source with its copy
MATCH (a)-[e]->(b)
RETURN type(e) AS t, labels(a) AS la, labels(b) AS lb, count(*) AS n
