"""Pydantic models shared by every stage.

Two families: *parsed* input (``ParsedDocument``/``Block``/``Chunk``) and
*drafts* that extractors produce per chunk (``ConceptDraft``, ``StatementDraft``,
``ChainDraft``).  Drafts carry names, not ids: entity resolution decides which
stored concept a name lands on, and ids are assigned when units are written.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

BlockKind = Literal["heading", "paragraph", "list_item", "definition", "table_row"]


class Block(BaseModel):
    """One structural unit of a document, in reading order."""

    kind: BlockKind
    text: str
    heading_path: list[str] = Field(default_factory=list)
    term: str | None = None  # for kind == "definition": the defined term (``<dt>``)
    level: int = 0  # heading level, or list nesting depth


class ParsedDocument(BaseModel):
    """A document as a reader returns it; ``text`` is what chunk offsets index."""

    path: str
    title: str
    format: Literal["txt", "md", "html", "pdf"]
    sha256: str  # of the raw bytes: the stable identity of the file's content (a PDF chapter: its pages' bytes)
    blocks: list[Block]

    @property
    def text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks)


class Definition(BaseModel):
    term: str
    definition: str


class Chunk(BaseModel):
    """A slice of a document's ``text`` (``text == doc.text[start:end]``)."""

    id: str = ""
    doc_id: str = ""
    ord: int
    text: str
    start: int
    end: int
    heading_path: list[str] = Field(default_factory=list)
    definitions: list[Definition] = Field(default_factory=list)  # glossary / <dl> entries kept as structure
    # headings the reader marked inside the chunk: (char offset in ``text``, the heading path that heading opens);
    # a chain below one is named after it, not after ``heading_path`` (chains._heading)
    headings: list[tuple[int, list[str]]] = Field(default_factory=list)


class ConceptDraft(BaseModel):
    name: str
    aliases: list[str] = Field(default_factory=list)
    definition: str = ""
    type: str = "term"  # term | entity | process | property | ...
    source_quote: str = ""  # the sentence (or dl entry) the definition came from
    how: str = ""  # which rule found it (definition_list, is_a, also_called, refers_to, mention, ...)


class StatementDraft(BaseModel):
    """One L2 fact.  ``polarity``/``family`` let later stages compare facts without re-parsing English:
    "X inhibits Y" and "X increases Y" share subject and object but have opposite signs, and
    "X secretes Y" / "X releases Y" are the same claim (family ``produce``)."""

    subject: str
    predicate: str  # surface predicate as it should read in a sentence ("secretes", "does not cross")
    object: str
    source_quote: str  # must occur verbatim in the chunk text
    chain_index: int | None = None  # index into Extraction.chains when it came from a chain transition
    step_index: int | None = None  # transition step_index -> step_index + 1
    predicate_lemma: str = ""  # "secrete", "be_part_of"; the predicate's key for families
    family: str = ""  # predicate family (proda.ingest.extract.families): produce, cause, inhibit, part_of, is_a, ...
    polarity: int = 1  # +1 affirms / increases / enables; -1 negated or decreases / inhibits / prevents
    negated: bool = False  # an explicit "not/no/never" on the predicate
    quantity: str = ""  # quantity word kept from the text ("less", "more", "fewer", "no", ...)
    rule: str = ""  # which extraction rule produced it (svo, passive, relative_clause, copula, llm, ...)
    subject_term: str = ""  # the concept the subject is about ("femur" for "femur from sliding"); "" = subject itself
    object_term: str = ""  # likewise for the object
    attribution: str = ""  # whose view it is ("Durkheim", "conflict theorists"); "" = the book's own claim


class StepEvent(BaseModel):
    """A chain step as an event: who does what to what, with its sign, and the sentence it came from."""

    subject: str = ""
    predicate: str = ""
    object: str = ""
    polarity: int = 1
    family: str = ""
    sentence: str = ""  # verbatim sentence (or list item) of the step
    # the book links this step to the one before only in time ("... then Y", no causal verb) inside a causal run:
    # the benchmark asks that link's order, not a cause or a consequence across it (review R17 item 5)
    then_only: bool = False


class ChainDraft(BaseModel):
    name: str  # the process name (unique: section heading + process)
    summary: str = ""
    preconditions: list[str] = Field(default_factory=list)
    negative_constraints: list[str] = Field(default_factory=list)
    steps: list[str]  # ordered step texts
    step_concepts: list[list[str]] = Field(default_factory=list)  # concept names mentioned per step
    source_quote: str = ""
    kind: str = ""  # procedure | cascade | mined | llm: which source found it
    events: list[StepEvent] = Field(default_factory=list)  # per step, parallel to ``steps`` (may be empty)


class Extraction(BaseModel):
    """What an extractor found in one chunk (top-down: chains, then statements, then concepts)."""

    chunk_id: str
    chains: list[ChainDraft] = Field(default_factory=list)
    statements: list[StatementDraft] = Field(default_factory=list)
    concepts: list[ConceptDraft] = Field(default_factory=list)
    rejected_quotes: int = 0  # statements dropped because their quote is not verbatim in the chunk


# ----------------------------------------------------------------------------- items (issue: compile and test)
ItemType = Literal["open_qa", "single_choice", "multi_select", "true_false"]


class TrainItem(BaseModel):
    """A training example ("source code"): what it teaches is explicit, so failures can be traced back."""

    id: str  # content hash of (type, prompt, answer)
    type: ItemType
    subtype: str = ""  # open_qa: definition | function | mechanism | comparison | application; true_false: how it was falsified
    prompt: str  # the full user turn (question, with lettered options for choice items)
    answer: str  # the full assistant turn
    options: list[str] = Field(default_factory=list)
    correct: list[int] = Field(default_factory=list)  # indices into options
    concept_ids: list[str] = Field(default_factory=list)
    statement_ids: list[str] = Field(default_factory=list)
    step_ids: list[str] = Field(default_factory=list)  # chain-break patch items: the steps they walk through
    option_forms: list[str] = Field(default_factory=list)  # per option: how it was built (key, negated, ...), for the audit
    generator: str = "template"  # template | llm | patch:<kind> | replay
    seed: int = 0


class BenchItem(BaseModel):
    """A benchmark item ("unit test") built from one L3 chain; 1-4 of options A-D are correct (a single-key
    question whose chain's passage gives only two fair wrong options has three, A-C: ``bench.generate``)."""

    id: str
    question: str
    options: list[str]  # 4, shown as A-D (3, A-C, for a single-key question with two fair wrong options)
    correct: list[int]  # indices (sorted, 1..4 of them)
    kind: str = ""  # next_step | consequence | precondition | missing_step | order | ...
    distractor_kinds: list[str] = Field(default_factory=list)  # per option: "" for correct ones
    option_forms: list[str] = Field(default_factory=list)  # per option: its wording (step, other_chain, ...), for the audit
    chain_id: str
    step_ids: list[str] = Field(default_factory=list)
    statement_ids: list[str] = Field(default_factory=list)
    concept_ids: list[str] = Field(default_factory=list)
    domain: str = ""
    document: str = ""  # title of the document the chain came from (for per-chapter results)
    chain_length: int = 0
    split: str = "dev"  # dev (diagnosed, repaired against) | test (held out: never diagnosed); proda/evaluate/split.py

    @property
    def chance(self) -> float:
        """What a uniform guesser passes: every prompt states how many options are correct
        (``proda.evaluate.asking``), so it picks that many of the options and passes on the exact set with
        1 / C(options, correct): 1/4 for one of four, 1/3 for one of three, 1/6 for two of four."""
        from proda.evaluate.asking import chance

        return chance(len(self.options), len(self.correct))
