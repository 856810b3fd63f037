// the texts of all chain steps: training answers do not quote source sentences that are benchmark step texts
MATCH (s:Step)
RETURN s.text AS text
