// definition: an existing non-empty definition wins, so a later corpus never overwrites the first one.
// termhood evidence (glossary, defined, heading, abbreviation, named, person) only accumulates: a later run can
// add evidence, never take it away, so re-running is idempotent (term itself: ingest_termhood)
UNWIND $rows AS r
MERGE (c:Concept {id: r.id})
SET c.name = r.name, c.caption = r.name, c.key = r.key, c.aliases = r.aliases, c.alias_keys = r.alias_keys,
    c.aliases_text = r.aliases_text,
    c.definition = CASE WHEN coalesce(c.definition, '') = '' THEN r.definition ELSE c.definition END,
    c.type = coalesce(c.type, r.type), c.domain = coalesce(c.domain, r.domain),
    c.domains = CASE WHEN r.domain IN coalesce(c.domains, []) THEN c.domains ELSE coalesce(c.domains, []) + r.domain END,
    c.glossary = coalesce(c.glossary, false) OR r.glossary, c.defined = coalesce(c.defined, false) OR r.defined,
    c.heading = coalesce(c.heading, false) OR r.heading, c.abbreviation = coalesce(c.abbreviation, false) OR r.abbreviation,
    c.named = coalesce(c.named, false) OR r.named, c.person = coalesce(c.person, false) OR r.person
