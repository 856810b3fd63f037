// blame: every stored result on the benchmark items $items, newest run first
UNWIND $items AS iid
MATCH (r:Run)-[e:RESULT]->(b:BenchItem {id: iid})
RETURN r.id AS run, r.created AS created, b.id AS item, b.question AS question, e.predicted AS predicted,
       e.correct AS correct, e.passed AS passed
ORDER BY created DESC, item
