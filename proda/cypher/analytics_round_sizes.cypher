// report: what each round's chance level is computed from: the item sizes (options shown, correct options) of the
// latest loop's rounds per split (dev | test; dev when stored before splits), through the run each round tested;
// stated: that run stored its chance (its prompts stated the count), else its rounds' chance is not recorded
MATCH (x:Round)
WITH max(coalesce(x.loop_started, '')) AS last
MATCH (r:Round)-[:TESTED_BY]->(run:Run)-[:RESULT]->(b:BenchItem)
WHERE coalesce(r.loop_started, '') = last
RETURN r.round AS round, coalesce(b.split, 'dev') AS split, size(b.options) AS options, size(b.correct) AS keys,
       run.chance IS NOT NULL AS stated, count(*) AS n
ORDER BY round, split, options, keys
