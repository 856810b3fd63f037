// nodes per label (first label), for push and for comparing a source with its copy
MATCH (n)
RETURN labels(n)[0] AS label, count(*) AS n
ORDER BY label
