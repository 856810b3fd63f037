// review: a stored sample by id
MATCH (s:ReviewSample {id: $id})
RETURN s.id AS id, s.level AS level, s.seed AS seed, s.size AS size, s.domain AS domain, s.version AS version,
       s.unit_ids AS unit_ids, s.strata AS strata, s.population AS population, s.created AS created
