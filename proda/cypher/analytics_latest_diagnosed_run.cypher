// report: the newest run that has diagnoses (the default run of the report's results and diagnosis sections)
MATCH (d:Diagnosis)-[:FOR_RUN]->(r:Run)
RETURN r.id AS id, max(r.created) AS created
ORDER BY created DESC
LIMIT 1
