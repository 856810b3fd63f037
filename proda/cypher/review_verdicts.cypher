// review: every verdict still standing (not retracted), optionally of one level or of a set of units
MATCH (v:Review)
WHERE coalesce(v.retracted, false) = false AND ($level IS NULL OR v.level = $level)
  AND ($ids IS NULL OR v.unit_id IN $ids)
RETURN v.id AS id, v.unit_id AS unit_id, v.level AS level, v.reviewer AS reviewer, v.time AS time, v.seq AS seq,
       v.verdict AS verdict, coalesce(v.reason, '') AS reason, coalesce(v.note, '') AS note,
       coalesce(v.edit, '') AS edit, v.sample_id AS sample_id
