// report: KB size per domain and level (documents, L1 concepts, L2 statements, L3 chains)
CALL { MATCH (n:Document) RETURN coalesce(n.domain, '') AS domain, 'documents' AS level, count(*) AS n
       UNION ALL MATCH (n:Concept) RETURN coalesce(n.domain, '') AS domain, 'L1 concepts' AS level, count(*) AS n
       UNION ALL MATCH (n:Statement) RETURN coalesce(n.domain, '') AS domain, 'L2 statements' AS level, count(*) AS n
       UNION ALL MATCH (n:Chain) RETURN coalesce(n.domain, '') AS domain, 'L3 chains' AS level, count(*) AS n }
RETURN domain, level, n
ORDER BY domain, level
