// review: all stored samples, oldest first
MATCH (s:ReviewSample)
RETURN s.id AS id, s.level AS level, s.seed AS seed, s.size AS size, s.domain AS domain, s.version AS version,
       size(s.unit_ids) AS units, s.created AS created
ORDER BY s.created, s.id
