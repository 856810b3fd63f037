// repair --control random: the ids of every step that has a next step
MATCH (s:Step)-[:NEXT_STEP]->(:Step)
RETURN DISTINCT s.id AS id
ORDER BY id
