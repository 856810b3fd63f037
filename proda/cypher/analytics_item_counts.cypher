// report: sizes of the compile/test/repair side of the graph
CALL { MATCH (n:TrainItem) RETURN count(n) AS train_items }
CALL { MATCH (n:BenchItem) RETURN count(n) AS bench_items }
CALL { MATCH (n:DatasetVersion) RETURN count(n) AS dataset_versions }
CALL { MATCH (n:Model) RETURN count(n) AS models }
CALL { MATCH (n:Run) RETURN count(n) AS runs }
CALL { MATCH (n:Diagnosis) RETURN count(n) AS diagnoses }
CALL { MATCH (n:Patch) RETURN count(n) AS patches }
RETURN train_items, bench_items, dataset_versions, models, runs, diagnoses, patches
