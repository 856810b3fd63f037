"""A stored definition whose sentence describes a longer phrase than the concept's name.

Why: a sentence rule may take a shorter name than the phrase its sentence defines -- a modifier the name builder
leaves out ("Th1 cells are a type of helper T cell ..." stored as *cells*), or a restricting phrase after the head
("Treatment for the disease consists of drugs that ...", "Ethnocentrism in the news refers to the idea that the
American media ...", "A shift in one area ... means an interconnected impact ...").  The sentence then defines that
longer phrase, one kind or one case of the name, and the stored definition teaches it as the definition of the bare
name: wrong for *cells*, *treatment*, *ethnocentrism*, *shift* (session 25, engineer C: a seeded sample of 100
non-glossary concepts of 15 development chapters, and every sentence-rule definition of 61 development chapters).

The signal is the parse of the definition's own sentence, in general English: where the sentence is about the name
as its described subject (``is_a``, ``made_of``, ``refers_to``, ``means``: the name's head is the subject;
``defined_as``: its object) or as the phrase a gloss follows (``appos_def``, ``gloss``, ``which_is``, ...), the
head of the name has

* a modifier before the name that the name left out (``amod``, ``compound``, ``nummod``, ``nmod``) -- not a word
  that names the name as a word ("the term culture", "the name Milky Way"), not punctuation; or
* a prepositional phrase right after it, other than "of" ("X of Y" is the argument of a relational noun, "the mole
  fraction of a component"; :func:`proda.ingest.extract.definition_subjects.of_name` puts a glossed one back) and
  "as" (the defining "as" of "define X as Y", which the parser may hang on the name).

A naming verb's complement ("is referred to as a nucleus in the CNS", "are called lacteals") is not read: the verb
names that noun, whatever hangs on it.  The definition is removed and the draft kept as a mention, as
:func:`proda.ingest.termhood_definitions.valid_definitions` does for a sentence that does not define its name.
"""

from __future__ import annotations

from proda.ingest.termhood_definitions import GLOSSES, checked_text, defines_at, full_nlp, name_spans
from proda.models import ConceptDraft

# rules whose name is the described subject of its sentence (rules whose name is the phrase a gloss follows:
# ``GLOSSES`` of :mod:`.termhood_definitions`)
SUBJECT_HOWS = frozenset({"is_a", "made_of", "refers_to", "means", "defined_as"})
_LEFT = ("amod", "compound", "nummod", "nmod")
# prepositions right after the name that do not restrict it: "of" (the argument of a relational noun) and "as", the
# defining word the parser may hang on the name ("Biologists define a species as a group of organisms ...": the
# definition itself, not a longer phrase; code review, session 25)
_NOT_RESTRICTING = ("of", "as")
# nouns that name the following words as a word ("the term culture", "the name Milky Way")
_META = frozenset({"term", "terms", "word", "words", "name", "names", "phrase", "concept", "notion", "label", "expression"})


def clipped(span, how: str) -> bool:
    """Whether the phrase the sentence describes at ``span`` (a match of the concept's name in its definition's
    parse) is longer than the name: a left-out modifier before it or a non-"of" prepositional phrase on its head."""
    head = span.root
    if how in SUBJECT_HOWS:
        roles = ("nsubj", "nsubjpass", "dobj") if how == "defined_as" else ("nsubj", "nsubjpass")
        if head.dep_ not in roles:
            return False
    elif how not in GLOSSES:
        return False
    for c in head.children:
        if span.start <= c.i < span.end:
            continue
        if c.i < span.start and c.dep_ in _LEFT and not c.is_punct and c.lower_ not in _META:
            return True
        if c.i == span.end and c.dep_ == "prep" and c.lower_ not in _NOT_RESTRICTING:
            return True  # right after the name: one phrase ("Treatment for the disease"); past an alias or gloss the
            # writer set off ("The color change interval (or pH interval) for an indicator", "the deglutition center
            # (a collection of neurons ...) in the medulla") the name was given whole first
    return False


def unclipped(drafts: list[ConceptDraft]) -> list[ConceptDraft]:
    """The drafts with every sentence-rule definition whose sentence describes a longer phrase than the name (at
    every place the sentence defines it) removed and the rule downgraded to ``mention``; others pass unchanged."""
    todo = [i for i, d in enumerate(drafts) if d.definition and d.how in SUBJECT_HOWS | GLOSSES]
    nlp = full_nlp() if todo else None
    if nlp is None:
        return drafts
    out = list(drafts)
    for i, doc in zip(todo, nlp.pipe([checked_text(drafts[i]) for i in todo], batch_size=64)):
        spans = [sp for sp in name_spans(doc, drafts[i].name) if defines_at(sp, drafts[i].how)]
        if spans and all(clipped(sp, drafts[i].how) for sp in spans):
            out[i] = drafts[i].model_copy(update={"definition": "", "how": "mention"})
    return out
