// A trained (or evaluated) model: $id, $props {base, path, created, params (JSON string), ...}
MERGE (m:Model {id: $id})
SET m += $props
