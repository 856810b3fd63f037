"""External keyed multiple-choice files: ``questions.jsonl`` (shared corpora) and MMLU-Redux CSVs.

``questions.jsonl``: one JSON object a line with ``id``, ``question``, ``options``
(a list), and the key as ``answer_index`` (0-based) and/or ``answer`` (a letter);
``module`` and ``chapter`` are kept for filtering and the per-chapter summary.

MMLU-Redux CSV (``mmlu_<subject>.csv``): columns ``question``, ``choices`` (a
Python list literal), ``answer`` (0-based index), ``error_type`` (only rows whose
``error_type`` is ``ok``, any case, are used); the delimiter is ``,`` or ``;``
(sniffed from the header) and the encoding UTF-8 or, failing that, cp1252.

Any malformed line is a :class:`QuestionsError` naming the file and line.
"""

from __future__ import annotations

import ast
import csv
import io
import json
from pathlib import Path

from proda.evaluate.scoring import LETTERS, MCQ
from proda.ids import digest


class QuestionsError(ValueError):
    pass


def load_questions(path: Path, module: str | None = None, chapter: str | None = None,
                   limit: int | None = None) -> list[MCQ]:
    path = Path(path)
    if not path.is_file():
        raise QuestionsError(f"{path}: no such file")
    if path.suffix.lower() == ".csv":
        items = load_mmlu_csv(path)
    elif path.suffix.lower() in (".jsonl", ".json", ".ndjson"):
        items = load_jsonl(path)
    else:
        raise QuestionsError(f"{path}: unknown questions format (expected .jsonl or an MMLU-Redux .csv)")
    if module:
        items = [i for i in items if i.domain == module]
    if chapter:
        items = [i for i in items if i.document == chapter or chapter.lower() in i.document.lower()]
    if not items:
        raise QuestionsError(f"{path}: no questions" + (" match the filters" if module or chapter else ""))
    return items[:limit] if limit else items


def load_jsonl(path: Path) -> list[MCQ]:
    out = []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise QuestionsError(f"{path}: unreadable ({e})") from None
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            d = json.loads(line)
        except ValueError as e:
            raise QuestionsError(f"{where}: not valid JSON ({e.msg})") from None
        if not isinstance(d, dict):
            raise QuestionsError(f"{where}: expected a JSON object")
        q, opts = d.get("question"), d.get("options")
        if not isinstance(q, str) or not q.strip():
            raise QuestionsError(f"{where}: missing \"question\"")
        if not isinstance(opts, list) or len(opts) < 2 or not all(isinstance(o, str) for o in opts):
            raise QuestionsError(f"{where}: \"options\" must be a list of at least two strings")
        if len(opts) > len(LETTERS):
            raise QuestionsError(f"{where}: more than {len(LETTERS)} options")
        idx = d.get("answer_index")
        letter = d.get("answer")
        if idx is None and isinstance(letter, str) and len(letter.strip()) == 1:
            idx = LETTERS.find(letter.strip().upper())
        if not isinstance(idx, int) or isinstance(idx, bool) or not 0 <= idx < len(opts):
            raise QuestionsError(f"{where}: no valid answer (answer_index 0..{len(opts) - 1} or answer letter)")
        if isinstance(letter, str) and letter.strip() and LETTERS.find(letter.strip().upper()) != idx:
            raise QuestionsError(f"{where}: answer {letter!r} and answer_index {idx} disagree")
        out.append(MCQ(id=str(d.get("id") or "q_" + digest(q, *opts)), question=q, options=opts, correct=[idx],
                       multi=False, domain=str(d.get("module") or ""), document=str(d.get("chapter") or ""),
                       source=where))
    return out


def load_mmlu_csv(path: Path) -> list[MCQ]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    header = text.split("\n", 1)[0]
    delim = ";" if header.count(";") > header.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    try:
        cols = [c.strip().lower() for c in next(reader)]
    except StopIteration:
        raise QuestionsError(f"{path}: empty file") from None
    need = ("question", "choices", "answer")
    missing = [c for c in need if c not in cols]
    if missing:
        raise QuestionsError(f"{path}:1: missing column(s) {', '.join(missing)} (an MMLU-Redux CSV has "
                             f"question, choices, answer, error_type)")
    at = {c: cols.index(c) for c in cols if c}
    subject = path.stem.removeprefix("mmlu_")
    out = []
    for row in reader:
        n = reader.line_num
        if not any(x.strip() for x in row):
            continue
        where = f"{path}:{n}"
        if len(row) < len(need) or len(row) <= max(at[c] for c in need):
            raise QuestionsError(f"{where}: {len(row)} fields, expected {len(cols)} (delimiter {delim!r})")
        if "error_type" in at and len(row) > at["error_type"] and row[at["error_type"]].strip().lower() != "ok":
            continue
        q = row[at["question"]]
        try:
            opts = ast.literal_eval(row[at["choices"]].strip())
        except (ValueError, SyntaxError):
            raise QuestionsError(f"{where}: choices is not a list literal: {row[at['choices']][:60]!r}") from None
        if not isinstance(opts, (list, tuple)) or len(opts) < 2:
            raise QuestionsError(f"{where}: choices must list at least two options")
        opts = [str(o) for o in opts]
        a = row[at["answer"]].strip()
        if not a.isdigit() or not 0 <= int(a) < len(opts):
            raise QuestionsError(f"{where}: answer {a!r} is not an option index 0..{len(opts) - 1}")
        out.append(MCQ(id=f"{subject}_{digest(q, *opts, n=10)}", question=q, options=opts, correct=[int(a)],
                       multi=False, domain=subject, document=subject, source=where))
    return out
