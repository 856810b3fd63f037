// diagnose: drop the BLAMES edges of the diagnoses $ids before they are written again
UNWIND $ids AS did
MATCH (d:Diagnosis {id: did})-[e:BLAMES]->()
DELETE e
