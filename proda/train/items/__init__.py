"""Training-item generation in parts: ``kb`` (index and truth checks), ``text`` (English forms), ``generators``
(candidates per type), ``draft`` (the draft, selection), ``llm`` (optional rewording).  ``proda.train.synth`` is the
entry point."""
