// definition: an existing non-empty definition wins, so a later corpus never overwrites the first one
UNWIND $rows AS r
MERGE (c:Concept {id: r.id})
SET c.name = r.name, c.caption = r.name, c.key = r.key, c.aliases = r.aliases, c.alias_keys = r.alias_keys,
    c.aliases_text = r.aliases_text,
    c.definition = CASE WHEN coalesce(c.definition, '') = '' THEN r.definition ELSE c.definition END,
    c.type = coalesce(c.type, r.type), c.domain = coalesce(c.domain, r.domain),
    c.domains = CASE WHEN r.domain IN coalesce(c.domains, []) THEN c.domains ELSE coalesce(c.domains, []) + r.domain END
