// probes: the answers of model $model to the probes of units $units
MATCH (m:Model {id: $model})-[a:ANSWERED]->(p:Probe)
WHERE p.unit IN $units
RETURN p.id AS id, p.unit AS unit, p.unit_kind AS unit_kind, p.kind AS kind, p.question AS question,
       p.options AS options, p.correct AS correct, a.p_correct AS p_correct, a.predicted AS predicted, a.passed AS passed
ORDER BY unit, kind, id
