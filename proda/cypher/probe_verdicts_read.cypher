// probes: cached verdicts of model $model on the units $ids
MATCH (m:Model {id: $model})-[v:PROBED]->(u)
WHERE u.id IN $ids
RETURN u.id AS unit, v.known AS known, v.confidence AS confidence, v.probes AS probes, v.passed AS passed,
       v.failing AS failing, v.kind AS kind, coalesce(u.name, u.caption, u.id) AS name
