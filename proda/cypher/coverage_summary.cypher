// coverage: concepts and statements taught by >= 1 TrainItem, tested by >= 1 BenchItem, and both (covered)
CALL { MATCH (c:Concept) RETURN count(c) AS concepts }
CALL { MATCH (c:Concept) WHERE (c)<-[:TEACHES]-(:TrainItem) RETURN count(c) AS concepts_taught }
CALL { MATCH (c:Concept) WHERE (c)<-[:TESTS]-(:BenchItem) RETURN count(c) AS concepts_tested }
CALL { MATCH (c:Concept) WHERE (c)<-[:TEACHES]-(:TrainItem) AND (c)<-[:TESTS]-(:BenchItem)
       RETURN count(c) AS concepts_covered }
CALL { MATCH (s:Statement) RETURN count(s) AS statements }
CALL { MATCH (s:Statement) WHERE (s)<-[:TEACHES]-(:TrainItem) RETURN count(s) AS statements_taught }
CALL { MATCH (s:Statement) WHERE (s)<-[:TESTS]-(:BenchItem) RETURN count(s) AS statements_tested }
CALL { MATCH (s:Statement) WHERE (s)<-[:TEACHES]-(:TrainItem) AND (s)<-[:TESTS]-(:BenchItem)
       RETURN count(s) AS statements_covered }
CALL { MATCH (t:TrainItem) RETURN count(t) AS train_items }
CALL { MATCH (b:BenchItem) RETURN count(b) AS bench_items }
RETURN concepts, concepts_taught, concepts_tested, concepts_covered,
       statements, statements_taught, statements_tested, statements_covered, train_items, bench_items
