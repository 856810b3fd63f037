// probes: store Probe nodes (one per generated question; re-running writes nothing new)
UNWIND $rows AS r
MERGE (p:Probe {id: r.id})
SET p.unit = r.unit, p.unit_kind = r.unit_kind, p.kind = r.kind, p.question = r.question, p.options = r.options,
    p.correct = r.correct, p.caption = r.kind + ': ' + left(r.question, 40)
