"""Optional rewording of template items by an OpenAI-compatible model: stems and explanations only, never the
options, the key or the verdict (a rewrite that drops a term the answer must name falls back to the template)."""

from __future__ import annotations

import json

from proda.datasets import LETTERS
from proda.train.items.draft import Draft, SynthReport
from proda.train.items.kb import KB

REWRITE_SYSTEM = ("You are an experienced teacher of the subject of the text. You rephrase quiz items into natural, "
                  "clear teacher language without changing their meaning. Reply with JSON only.")
REWRITE_USER = """# task: rewrite_item
Rephrase this {type} quiz item in natural teacher language. Keep every fact exactly as given: do not add facts,
do not change which answer is correct, keep the technical terms. Rewrite only:
- "question": the question stem (the answer options are shown separately and stay unchanged);
- "explanation": the explanation of the answer{verdict_note}.
Reply as JSON: {{"question": "...", "explanation": "..."}}

{payload}"""


def _rewrite_messages(d: Draft) -> list[dict]:
    payload = {"question": d.stem, "explanation": d.explanation}
    if d.options:
        payload["options"] = d.options
        payload["correct"] = [LETTERS[k] for k in d.correct]
    if d.verdict:
        payload["verdict"] = d.verdict
    note = " (the verdict True/False is added separately; do not state it)" if d.verdict else ""
    return [{"role": "system", "content": REWRITE_SYSTEM},
            {"role": "user", "content": REWRITE_USER.format(type=d.type.replace("_", " "), verdict_note=note,
                                                            payload=json.dumps(payload, ensure_ascii=False))}]


def _key_terms(d: Draft, kb: KB) -> list[str]:
    """Terms a faithful rewrite of an open answer must keep (the objects it names)."""
    terms = []
    for sid in d.statement_ids:
        s = kb.by_id.get(sid)
        if s:
            terms.append(s["object"])
    return terms


def rewrite_llm(drafts: list[Draft], kb: KB, client, report: SynthReport) -> list[Draft]:
    """Rewrite stems and explanations with ``client`` (a ``ChatClient``); keep options/correct/verdict.

    A reply that is not JSON, is empty, or (open questions) drops a term the answer
    must name falls back to the template wording.  A cloze is not sent: its prompt is the book's sentence, which
    reworded would no longer be "the words of the text"."""
    asked = [d for d in drafts if d.subtype != "cloze"]
    got = client.map_chat([_rewrite_messages(d) for d in asked], return_exceptions=True) if asked else []
    if len(got) != len(asked):  # the replies are matched to the drafts by position: a short list pairs them wrongly
        raise ValueError(f"the chat client returned {len(got)} replies for {len(asked)} requests")
    replies = iter(got)
    out = []
    for d in drafts:
        if d.subtype == "cloze":
            out.append(d)
            continue
        r = next(replies)
        new = None
        if not isinstance(r, Exception):
            try:
                data = json.loads(r.content)
                q, e = str(data.get("question") or "").strip(), str(data.get("explanation") or "").strip()
                if q and e and len(q) < 4 * len(d.stem) + 200 and len(e) < 4 * len(d.explanation) + 400:
                    if d.type != "open_qa" or all(t.lower() in e.lower() for t in _key_terms(d, kb)):
                        new = Draft(d.type, d.subtype, q, e, d.options, d.correct, d.concept_ids, d.statement_ids,
                                    d.verdict, generator="llm", option_forms=d.option_forms)
            except (ValueError, AttributeError):
                new = None
        if new is None:
            report.llm_failed += 1
            out.append(d)
        else:
            report.llm_rewritten += 1
            out.append(new)
    return out
