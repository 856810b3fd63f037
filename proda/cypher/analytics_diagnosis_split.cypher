// report: diagnoses of run $run per class (concept_gap / chain_break / unexplained)
MATCH (d:Diagnosis)-[:FOR_RUN]->(r:Run {id: $run})
RETURN coalesce(d.class, 'unexplained') AS class, count(*) AS n
ORDER BY n DESC
