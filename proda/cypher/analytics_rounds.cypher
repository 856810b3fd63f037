// report: the repair history of the latest loop, one row per round
MATCH (x:Round)
WITH max(coalesce(x.loop_started, '')) AS last
MATCH (r:Round)
WHERE coalesce(r.loop_started, '') = last
RETURN r.id AS id, r.round AS round, r.accuracy AS accuracy, r.fixed AS fixed, r.newly_broken AS newly_broken,
       r.guard AS guard
ORDER BY round
