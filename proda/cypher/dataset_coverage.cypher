// share of concepts and statements taught by >= 1 training item of $train and tested by >= 1 benchmark item of $bench
CALL { MATCH (c:Concept) RETURN count(c) AS concepts }
CALL { MATCH (s:Statement) RETURN count(s) AS statements }
CALL { MATCH (:DatasetVersion {id: $train})<-[:IN_VERSION]-(:TrainItem)-[:TEACHES]->(c:Concept)
       RETURN count(DISTINCT c) AS concepts_taught }
CALL { MATCH (:DatasetVersion {id: $train})<-[:IN_VERSION]-(:TrainItem)-[:TEACHES]->(s:Statement)
       RETURN count(DISTINCT s) AS statements_taught }
CALL { MATCH (:DatasetVersion {id: $bench})<-[:IN_VERSION]-(:BenchItem)-[:TESTS]->(c:Concept)
       RETURN count(DISTINCT c) AS concepts_tested }
CALL { MATCH (:DatasetVersion {id: $bench})<-[:IN_VERSION]-(:BenchItem)-[:TESTS]->(s:Statement)
       RETURN count(DISTINCT s) AS statements_tested }
CALL { MATCH (:DatasetVersion {id: $bench})<-[:IN_VERSION]-(:BenchItem)-[:TESTS]->(c:Concept)
       WHERE (c)<-[:TEACHES]-(:TrainItem)-[:IN_VERSION]->(:DatasetVersion {id: $train})
       RETURN count(DISTINCT c) AS tested_concepts_taught }
CALL { MATCH (ch:Chain) RETURN count(ch) AS chains }
CALL { MATCH (:DatasetVersion {id: $bench})<-[:IN_VERSION]-(:BenchItem)-[:TESTS]->(ch:Chain)
       RETURN count(DISTINCT ch) AS chains_tested }
RETURN concepts, statements, concepts_taught, statements_taught, concepts_tested, statements_tested,
       tested_concepts_taught, chains, chains_tested
