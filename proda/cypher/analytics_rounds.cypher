// report: the repair history of the latest loop, one row per round: dev, test (held out) and exam accuracy as
// k/n with the 95 % Wilson interval (null on rounds stored before the split), dev fixed/broken with McNemar's p;
// exam_chance: the exam's chance level (null on rounds stored before the loop kept it; dev's and test's come from
// analytics_round_sizes)
MATCH (x:Round)
WITH max(coalesce(x.loop_started, '')) AS last
MATCH (r:Round)
WHERE coalesce(r.loop_started, '') = last
RETURN r.id AS id, r.round AS round, r.accuracy AS accuracy, r.fixed AS fixed, r.newly_broken AS newly_broken,
       r.guard AS guard, r.dev_k AS dev_k, r.dev_n AS dev_n, r.dev_low AS dev_low, r.dev_high AS dev_high,
       r.dev_p AS dev_p, r.test_k AS test_k, r.test_n AS test_n, r.test_low AS test_low, r.test_high AS test_high,
       r.test_p AS test_p, r.exam_k AS exam_k, r.exam_n AS exam_n, r.exam_low AS exam_low, r.exam_high AS exam_high,
       r.exam_p AS exam_p, r.exam_chance AS exam_chance
ORDER BY round
