// probes: a pool of step texts (distractors from other chains)
MATCH (s:Step)
RETURN s.id AS id, s.chain_id AS chain_id, s.text AS text
ORDER BY id
LIMIT $limit
