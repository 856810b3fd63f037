// review: all stored samples, oldest first, with how many of their units have a standing verdict from this sample
MATCH (s:ReviewSample)
OPTIONAL MATCH (v:Review {sample_id: s.id})
WHERE coalesce(v.retracted, false) = false
WITH s, count(DISTINCT v.unit_id) AS judged, collect(DISTINCT v.reviewer) AS reviewers
RETURN s.id AS id, s.level AS level, s.seed AS seed, s.size AS size, coalesce(s.domain, '') AS domain,
       coalesce(s.version, '') AS version, size(s.unit_ids) AS units, s.population AS population,
       s.created AS created, judged, reviewers
ORDER BY s.created, s.id
