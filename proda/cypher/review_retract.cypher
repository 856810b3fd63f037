// review: undo marks a reviewer's verdict as retracted (never deleted); the one before it counts again
MATCH (v:Review {id: $id})
SET v.retracted = true, v.retracted_at = $time
RETURN v.id AS id
