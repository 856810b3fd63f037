"""Review: a domain expert signs off knowledge-base units and generated items.

Why: a wrong fact taught or a wrong key tested is worse than none, and nobody can
say how much of a KB is right without reading a sample of it.  This package draws
seeded, stratified samples (``sample``), shows them on a local page (``web``) or
as sheets (``sheets``), stores every verdict as a ``Review`` node
(``verdicts``), turns them into precision with intervals (``stats``) and makes
rejections and edits change what ``proda build`` produces (``filter``).
"""

from __future__ import annotations

LEVELS = ("concepts", "statements", "chains", "train", "bench")
LABELS = {"concepts": "Concept", "statements": "Statement", "chains": "Chain", "train": "TrainItem",
          "bench": "BenchItem"}
VERDICTS = ("accept", "reject", "edit")
REASONS = ("wrong_fact", "fragment", "polarity_inverted", "wrong_key", "wrong_set", "true_distractor", "cue",
           "unanswerable", "other")


class ReviewError(Exception):
    """A user-facing review problem (bad sheet, unknown sample, ...): one line."""
