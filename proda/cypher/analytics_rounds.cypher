// report: the repair history, one row per round
MATCH (r:Round)
RETURN r.id AS id, r.round AS round, r.accuracy AS accuracy, r.fixed AS fixed, r.newly_broken AS newly_broken,
       r.guard AS guard
ORDER BY round
