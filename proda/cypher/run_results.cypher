// Per-item results of run $run: rows {item, predicted, correct, scores, passed}.
UNWIND $rows AS row
MATCH (r:Run {id: $run})
MATCH (b:BenchItem {id: row.item})
MERGE (r)-[e:RESULT]->(b)
SET e.predicted = row.predicted, e.correct = row.correct, e.scores = row.scores, e.passed = row.passed
