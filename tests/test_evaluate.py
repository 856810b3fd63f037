"""Evaluation: batched log-likelihood, scoring methods, external files, Run storage, OpenAI runner, the CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import torch

from proda.evaluate.external import QuestionsError, load_jsonl, load_mmlu_csv, load_questions
from proda.evaluate.results import save_run, summarize
from proda.evaluate.runners import HFRunner, OpenAIRunner
from proda.evaluate.scoring import LETTERS, MCQ, ItemResult, orders, parse_letters, score_items
from proda.train.models import build_tiny_model

try:
    from fake_openai import FakeOpenAI, fake_openai  # noqa: F401  (fixture)
except ImportError:  # pragma: no cover
    from tests.fake_openai import FakeOpenAI, fake_openai  # noqa: F401

torch.set_num_threads(1)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Path:
    texts = ["The heart pumps blood through the arteries and veins. Yes No A B C D, Answer with the letters."] * 4
    return build_tiny_model(tmp_path_factory.mktemp("tiny") / "m", texts)


# ----------------------------------------------------------------------------- batched log-likelihood
def test_batched_loglikelihood_equals_one_at_a_time(tiny):
    lm = HFRunner(str(tiny), batch_size=3)
    ctx1 = lm.format_prompt("Which option is correct?\nA. heart\nB. blood")
    ctx2 = lm.format_prompt("Does the heart pump blood through the arteries and the veins of the body?")
    reqs = [(ctx1, "A"), (ctx1, "B"), (ctx2, "Yes"), (ctx2, "No"), (ctx1, "The heart pumps blood."),
            ("short", " context"), (ctx2, "A, C."), (ctx1, "A")]
    batched = lm.loglikelihood(reqs)
    single = [lm.loglikelihood_one(r) for r in reqs]
    assert batched == pytest.approx(single, abs=1e-4)
    assert batched[0] == batched[-1]  # duplicate requests share a row
    assert all(v < 0 for v in batched)
    # batch size does not change the numbers
    lm.batch_size = 1
    assert lm.loglikelihood(reqs) == pytest.approx(batched, abs=1e-4)


def test_shared_prefix_equals_one_at_a_time(tiny):
    """Many multi-token continuations of one context (method ``set``) go through the key/value cache."""
    from proda.evaluate.scoring import set_answer, subsets

    lm = HFRunner(str(tiny), batch_size=4)
    ctx = lm.format_prompt("Which options are correct?\nA. heart\nB. blood\nC. bone\nD. lung")
    reqs = [(ctx, set_answer(s)) for s in subsets(4)] + [(ctx, "A"), (ctx, "The heart pumps blood.")]
    shared = lm.loglikelihood(reqs)
    lm.share_prefix = False
    assert shared == pytest.approx(lm.loglikelihood(reqs), abs=1e-4)
    assert shared == pytest.approx([lm.loglikelihood_one(r) for r in reqs], abs=1e-4)


def test_generate_returns_text(tiny):
    lm = HFRunner(str(tiny), batch_size=2)
    out = lm.generate(["Is the heart a muscle?", "Name an organ.", "Third prompt here"], max_new_tokens=4)
    assert len(out) == 3 and all(isinstance(o, str) for o in out)


# ----------------------------------------------------------------------------- scoring with a controlled LM
class FakeLM:
    """Scores what it is asked from a truth table of option texts, with a bias toward letter A."""

    supports_loglikelihood = True

    def __init__(self, truth: dict[str, set[str]], bias_a: float = 0.0):
        self.truth, self.bias_a = truth, bias_a
        self.requests: list[tuple[str, str]] = []

    def format_prompt(self, user: str) -> str:
        return f"<user>{user}</user><assistant>"

    @staticmethod
    def _shown(ctx: str) -> dict[str, str]:
        return dict(re.findall(r"^([A-J])\. (.*)$", ctx, re.M))

    def _true(self, ctx: str) -> set[str]:
        q = ctx.split("<user>", 1)[1].split("\n", 1)[0]
        return self.truth[q]

    def loglikelihood(self, requests):
        self.requests += requests
        out = []
        for ctx, cont in requests:
            shown, true = self._shown(ctx), self._true(ctx)
            if cont in ("Yes", "No"):
                letter = re.search(r"Is option ([A-J]) correct\?", ctx).group(1)
                ok = shown[letter] in true
                out.append((-0.2 if ok == (cont == "Yes") else -2.5) + (self.bias_a if letter == "A" else 0.0))
            elif re.fullmatch(r"[A-J]", cont):
                out.append((-0.1 if shown[cont] in true else -4.0) + (self.bias_a if cont == "A" else 0.0))
            else:  # a letter set "A, C."
                picked = {shown[x] for x in re.findall(r"[A-J]", cont)}
                out.append(-0.5 if picked == true else -3.0 - len(picked ^ true))
        return out

    def generate(self, prompts, max_new_tokens=16):
        out = []
        for p in prompts:
            shown, true = self._shown(p), self.truth[p.split("\n", 1)[0]]
            out.append("Answer: " + ", ".join(k for k, v in sorted(shown.items()) if v in true))
        return out


ITEMS = [
    MCQ("i1", "Q one?", ["alpha", "beta", "gamma", "delta"], [1, 3], domain="anatomy", document="Ch 1", chain_length=3),
    MCQ("i2", "Q two?", ["one", "two", "three", "four"], [0], domain="anatomy", document="Ch 2", chain_length=4),
    MCQ("i3", "Q three?", ["red", "green", "blue", "black"], [0, 1, 2, 3], domain="anatomy", document="Ch 2",
        chain_length=4),
]
TRUTH = {"Q one?": {"beta", "delta"}, "Q two?": {"one"}, "Q three?": {"red", "green", "blue", "black"}}


@pytest.mark.parametrize("method", ["yesno", "set", "generate"])
def test_scoring_picks_the_right_set(method):
    lm = FakeLM(TRUTH)
    res = score_items(lm, ITEMS, method=method, permutations=3)
    assert [r.predicted for r in res] == [[1, 3], [0], [0, 1, 2, 3]]
    assert all(r.passed for r in res)
    assert [r.correct for r in res] == [[1, 3], [0], [0, 1, 2, 3]]


def test_yesno_scores_are_probabilities_mapped_back_to_stored_order():
    lm = FakeLM(TRUTH)
    res = score_items(lm, ITEMS[:1], method="yesno", permutations=2)[0]
    p_true = 1 / (1 + pytest.importorskip("math").exp(-2.3))
    assert res.scores == pytest.approx([1 - p_true, p_true, 1 - p_true, p_true], abs=1e-5)
    assert len(lm.requests) == 2 * 4 * 2  # orders x options x (Yes, No)


def test_permutations_cancel_position_bias():
    """A model that strongly prefers letter A: one order fails, the stored + reversed orders average it out."""
    item = MCQ("s1", "Q two?", ["one", "two", "three", "four"], [0], multi=False)
    rev = MCQ("s2", "Q two?", ["four", "three", "two", "one"], [3], multi=False)
    lm = FakeLM(TRUTH, bias_a=4.5)
    one = score_items(lm, [item, rev], method="letter", permutations=1)
    assert [r.passed for r in one] == [True, False]  # bias wins when "one" is not shown first
    two = score_items(lm, [item, rev], method="letter", permutations=2)
    assert [r.passed for r in two] == [True, True]


def test_letter_single_and_margin_multi():
    lm = FakeLM(TRUTH)
    single = MCQ("x", "Q two?", ["one", "two", "three", "four"], [0], multi=False)
    r = score_items(lm, [single, ITEMS[0]], method="letter", permutations=2)
    assert r[0].predicted == [0] and r[1].predicted == [1, 3]
    assert sum(pytest.importorskip("math").exp(s) for s in r[0].scores) == pytest.approx(1.0, abs=1e-6)


def test_orders():
    it = ITEMS[0]
    o = orders(it, 3, seed=0)
    assert o[0] == [0, 1, 2, 3] and o[1] == [3, 2, 1, 0] and sorted(o[2]) == [0, 1, 2, 3] and len(o) == 3
    assert o == orders(it, 3, seed=0)


class ConstantA:
    """Always answers "A", whatever the question and the option order (a position-biased endpoint)."""

    supports_loglikelihood = True

    def format_prompt(self, user: str) -> str:
        return user

    def loglikelihood(self, requests):
        out = []
        for ctx, cont in requests:
            if cont in ("Yes", "No"):
                says_a = "Is option A correct?" in ctx
                out.append(-0.1 if (cont == "Yes") == says_a else -5.0)
            else:
                out.append(-0.1 if cont.strip(".") == "A" else -5.0)
        return out

    def generate(self, prompts, max_new_tokens=16):
        return ["A" for _ in prompts]


@pytest.mark.parametrize("method", ["generate", "letter", "set", "yesno"])
def test_a_constant_a_answerer_is_scored_as_a_under_the_default_orders(method):
    items = [MCQ(f"c{k}", f"Question {k}?", ["w", "x", "y", "z"], [k % 4], multi=multi)
             for k in range(12) for multi in (False, True)]
    if method == "letter":
        items = [i for i in items if not i.multi]  # letter on multi-answer items keeps every near-best option
    res = score_items(ConstantA(), items, method=method)  # default option orders
    assert {tuple(r.predicted) for r in res} == {(0,)}
    # it passes exactly the items whose stored first option is right, as it would unshuffled
    assert [r.passed for r in res] == [i.correct == [0] for i in items]


def test_default_orders_are_odd_and_move_every_option():
    from proda.evaluate.scoring import DEFAULT_PERMUTATIONS

    assert DEFAULT_PERMUTATIONS % 2 == 1
    o = orders(ITEMS[0], DEFAULT_PERMUTATIONS)
    assert all(len({p[j] for p in o}) == len(o) for j in range(4))  # no option twice at one position


@pytest.mark.parametrize("text,expected", [
    ("B", [1]), ("B.", [1]), ("A, C", [0, 2]), ("A, C. Because the heart...", [0, 2]), ("(B) and (D)", [1, 3]),
    ("Answer: C", [2]), ("The correct answers are A and D.", [0, 3]), ("C) blood", [2]),
    ("A cell is the unit of life", []), ("I do not know", []), ("", []),
])
def test_parse_letters(text, expected):
    assert parse_letters(text, 4) == expected


# ----------------------------------------------------------------------------- summary + storage
def _results() -> list[ItemResult]:
    return [ItemResult("b1", [1, 3], [1, 3], [0.1, 0.9, 0.2, 0.8], True, "anatomy", "Ch 1", 3),
            ItemResult("b2", [0, 1], [0], [0.9, 0.6, 0.1, 0.2], False, "anatomy", "Ch 2", 4),
            ItemResult("b3", [2], [2], [0.1, 0.2, 0.9, 0.1], True, "physiology", "Ch 2", 4)]


def test_summary_numbers():
    s = summarize(_results())
    assert s["n"] == 3 and s["passed"] == 2 and s["accuracy"] == pytest.approx(0.6667, abs=1e-4)
    assert s["option_accuracy"] == pytest.approx(11 / 12, abs=1e-4)
    from proda.stats import wilson

    ci = lambda k, n: [round(wilson(k, n).low, 4), round(wilson(k, n).high, 4)]  # noqa: E731
    assert s["ci"] == ci(2, 3)
    # results without a chance (written before the count was stated): the chance level is unknown, not guessed
    u = {"chance": None}
    assert s["chance"] is None
    assert s["by_domain"] == {"anatomy": {"n": 2, "passed": 1, "accuracy": 0.5, "ci": ci(1, 2), **u},
                              "physiology": {"n": 1, "passed": 1, "accuracy": 1.0, "ci": ci(1, 1), **u}}
    assert s["by_document"]["Ch 2"] == {"n": 2, "passed": 1, "accuracy": 0.5, "ci": ci(1, 2), **u}
    assert s["by_chain_length"] == {"3": {"n": 1, "passed": 1, "accuracy": 1.0, "ci": ci(1, 1), **u},
                                    "4": {"n": 2, "passed": 1, "accuracy": 0.5, "ci": ci(1, 2), **u}}


def _seed_bench(store, vid="dv_bench_test1", items=ITEMS):
    store.write("MERGE (d:DatasetVersion {id: $id}) SET d.kind = 'bench', d.name = 'bench-v1', d.complete = true, "
                "d.created = '2025-01-01T00:00:00Z', d.counts = '{}', d.config = '{}'", id=vid)
    rows = [{"id": "b" + i.id[1:], "question": i.question, "options": i.options, "correct": i.correct,
             "domain": i.domain, "document": i.document, "chain_length": i.chain_length} for i in items]
    store.write("UNWIND $rows AS r MATCH (d:DatasetVersion {id: $v}) MERGE (b:BenchItem {id: r.id}) "
                "SET b.question = r.question, b.options = r.options, b.correct = r.correct, b.kind = 'next_step', "
                "b.distractor_kinds = ['', '', '', ''], b.chain_id = 'ch_1', b.step_ids = [], b.statement_ids = [], "
                "b.concept_ids = [], b.domain = r.domain, b.document = r.document, b.chain_length = r.chain_length "
                "MERGE (b)-[:IN_VERSION]->(d)", rows=rows, v=vid)
    return vid


def test_run_and_results_stored(store, tmp_path):
    vid = _seed_bench(store)
    model = {"id": "mdl_test", "base": "tiny", "path": "/x/tiny"}
    run = save_run(store, tmp_path, model=model, results=_results(), bench_version=vid, method="yesno")
    rows = store.read("MATCH (r:Run {id: $id})-[:OF_MODEL]->(m:Model) RETURN r.n AS n, r.accuracy AS acc, "
                      "r.bench_version AS v, m.id AS model", id=run["id"])
    assert rows == [{"n": 3, "acc": pytest.approx(0.6667, abs=1e-4), "v": vid, "model": "mdl_test"}]
    res = {r["item"]: r for r in store.read("run_result_rows", id=run["id"])}
    assert set(res) == {"b1", "b2", "b3"}
    assert res["b2"]["predicted"] == [0, 1] and res["b2"]["correct"] == [0] and res["b2"]["passed"] is False
    assert res["b1"]["scores"] == pytest.approx([0.1, 0.9, 0.2, 0.8])
    assert res["b1"]["document"] == "Ch 1" and res["b3"]["chain_length"] == 4
    lines = Path(run["results_path"]).read_text().splitlines()
    assert len(lines) == 3 and json.loads(lines[0])["id"] == "b1"
    # an external run: a Run node without RESULT edges
    ext = save_run(store, tmp_path, model=model, results=_results(), kind="external", source="/q.jsonl")
    assert store.read("MATCH (r:Run {id: $id}) OPTIONAL MATCH (r)-[e:RESULT]->() RETURN r.kind AS k, count(e) AS n",
                      id=ext["id"]) == [{"k": "external", "n": 0}]


# ----------------------------------------------------------------------------- external files
def test_questions_jsonl(tmp_path):
    f = tmp_path / "q.jsonl"
    rows = [{"id": "a", "module": "m1", "chapter": "Intro", "question": "Q?", "options": ["w", "x", "y", "z"],
             "answer": "C", "answer_index": 2},
            {"id": "b", "module": "m2", "chapter": "Cells", "question": "R?", "options": ["p", "q"], "answer": "A"}]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")
    items = load_jsonl(f)
    assert [(i.id, i.correct, i.multi, i.domain, i.document) for i in items] == [
        ("a", [2], False, "m1", "Intro"), ("b", [0], False, "m2", "Cells")]
    assert [i.id for i in load_questions(f, module="m2")] == ["b"]
    assert [i.id for i in load_questions(f, chapter="intro")] == ["a"]
    with pytest.raises(QuestionsError, match="no questions match"):
        load_questions(f, module="zzz")


@pytest.mark.parametrize("line,msg", [
    ("{not json", "not valid JSON"),
    ('{"question": "Q?", "options": ["a", "b"], "answer_index": 5}', "no valid answer"),
    ('{"question": "Q?", "options": "ab", "answer": "A"}', "options"),
    ('{"options": ["a", "b"], "answer": "A"}', "question"),
    ('{"question": "Q?", "options": ["a", "b"], "answer": "B", "answer_index": 0}', "disagree"),
])
def test_malformed_jsonl_names_file_and_line(tmp_path, line, msg):
    f = tmp_path / "q.jsonl"
    f.write_text('{"question": "ok?", "options": ["a", "b"], "answer": "A"}\n' + line + "\n")
    with pytest.raises(QuestionsError) as e:
        load_jsonl(f)
    assert str(e.value).startswith(f"{f}:2: ") and msg in str(e.value)


def test_mmlu_csv_both_delimiters(tmp_path):
    comma = tmp_path / "mmlu_anatomy.csv"
    comma.write_text('question,choices,answer,error_type,source,correct_answer,potential_reason\n'
                     '"What, exactly?","[\'a\', \'b, c\', \'d\', \'e\']",1,ok,src,,\n'
                     'Skipped?,"[\'a\', \'b\', \'c\', \'d\']",0,Wrong Groundtruth,src,2,\n'
                     'Kept?,"[\'a\', \'b\', \'c\', \'d\']",3,OK,src,,\n')
    items = load_mmlu_csv(comma)
    assert [(i.question, i.correct, i.options[1], i.domain) for i in items] == [
        ("What, exactly?", [1], "b, c", "anatomy"), ("Kept?", [3], "b", "anatomy")]
    semi = tmp_path / "mmlu_virology.csv"
    semi.write_text("question;choices;answer;error_type;source;correct_answer;potential_reason\n"
                    "\"A; b?\";\"['x; y', 'z', 'w', 'v']\";2;ok;;;\n")
    assert [(i.question, i.options[0], i.correct) for i in load_mmlu_csv(semi)] == [("A; b?", "x; y", [2])]
    bad = tmp_path / "mmlu_bad.csv"
    bad.write_text("question,choices,answer,error_type\nQ?,\"['a', 'b']\",7,ok\n")
    with pytest.raises(QuestionsError, match=rf"^{re.escape(str(bad))}:2: answer '7'"):
        load_mmlu_csv(bad)
    with pytest.raises(QuestionsError, match="missing column"):
        (tmp_path / "mmlu_x.csv").write_text("a,b\n1,2\n")
        load_mmlu_csv(tmp_path / "mmlu_x.csv")


def test_shared_corpora_files_parse(corpora):
    q = load_questions(corpora / "anatomy" / "questions.jsonl")
    assert len(q) > 100 and all(len(i.correct) == 1 for i in q)
    total = 0
    for f in sorted((corpora / "mmlu-redux").glob("*.csv")):
        items = load_mmlu_csv(f)
        assert items, f
        total += len(items)
    assert total > 4000  # rows marked ok (any case) in 57 subjects


# ----------------------------------------------------------------------------- OpenAI runner
def test_openai_runner_generate_then_parse(fake_openai, tmp_path):
    seen = []

    def respond(body):
        prompt = body["messages"][-1]["content"]
        seen.append(prompt)
        shown = dict(re.findall(r"^([A-J])\. (.*)$", prompt, re.M))
        q = prompt.split("\n", 1)[0]
        return ", ".join(k for k, v in sorted(shown.items()) if v in TRUTH[q])

    fake_openai.responder = respond
    lm = OpenAIRunner(fake_openai.base_url, "test-model", api_key_env="NO_SUCH_KEY_ENV", cache_dir=tmp_path / "c")
    res = score_items(lm, ITEMS, permutations=2)  # auto -> generate
    assert [r.predicted for r in res] == [[1, 3], [0], [0, 1, 2, 3]] and all(r.passed for r in res)
    assert len(fake_openai.requests) == 6 and fake_openai.requests[0]["max_tokens"] == 16
    assert "response_format" not in fake_openai.requests[0]
    assert res[0].outputs == ["B, D", "A, C"]  # reversed order: beta, delta shown as C, A
    with pytest.raises(NotImplementedError):
        lm.loglikelihood([("a", "b")])


def test_openai_runner_unknown_model_is_fatal(fake_openai, tmp_path):
    from proda.llm import LLMError

    lm = OpenAIRunner(fake_openai.base_url, "other-model", api_key_env="NO_SUCH_KEY_ENV")
    with pytest.raises(LLMError, match="404"):
        score_items(lm, ITEMS[:1], permutations=1)


# ----------------------------------------------------------------------------- CLI
def test_cli_test_end_to_end(tiny, project, tmp_path):
    from test_train import run_cli

    from proda.config import load_config
    from proda.graphdb.store import open_store

    cfg = load_config(project, env={})
    p = run_cli("test", "--model", str(tiny), project=project)
    assert p.returncode == 1 and "run `proda build bench` first" in p.stderr
    with open_store(cfg) as st:
        vid = _seed_bench(st)
    p = run_cli("test", "--model", str(tiny), "--version", "nope", project=project)
    assert p.returncode == 1 and "'nope'" in p.stderr
    p = run_cli("test", "--model", str(tmp_path / "missing"), project=project)
    assert p.returncode == 1 and "no such model folder" in p.stderr
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"question": "Q?", "options": ["a", "b"], "answer": "A"}\n{oops\n')
    p = run_cli("test", "--model", str(tiny), "--questions", str(bad), project=project)
    assert p.returncode == 1 and f"{bad}:2:" in p.stderr
    with open_store(cfg) as st:
        assert st.read("MATCH (r:Run) RETURN count(r) AS n") == [{"n": 0}]  # nothing written by the failures
    p = run_cli("test", "--model", str(tiny), "--json", project=project)
    assert p.returncode == 0, p.stderr
    run = json.loads(p.stdout)
    assert run["n"] == 3 and run["bench_version"] == vid and run["method"] == "set"
    assert set(run["summary"]["by_document"]) == {"Ch 1", "Ch 2"}
    good = tmp_path / "q.jsonl"
    good.write_text("".join(json.dumps({"id": f"q{i}", "module": "m", "chapter": "C", "question": f"Q{i}?",
                                        "options": ["a", "b", "c", "d"], "answer_index": i % 4}) + "\n"
                            for i in range(5)))
    p = run_cli("test", "--model", str(tiny), "--questions", str(good), "--limit", "3", project=project)
    assert p.returncode == 0, p.stderr
    assert "accuracy" in p.stdout and "chapter / document" in p.stdout
    with open_store(cfg) as st:
        rows = st.read("MATCH (r:Run) OPTIONAL MATCH (r)-[e:RESULT]->(:BenchItem) "
                       "RETURN r.kind AS kind, r.n AS n, count(e) AS results ORDER BY kind")
    assert rows == [{"kind": "bench", "n": 3, "results": 3}, {"kind": "external", "n": 3, "results": 0}]


# ----------------------------------------------------------------------------- SmolLM2 (slow)
@pytest.mark.slow
def test_smollm2_batched_equals_single(corpora):
    torch.set_num_threads(2)
    lm = HFRunner("smollm2-135m", batch_size=8)
    items = load_questions(corpora / "anatomy" / "questions.jsonl", limit=3)
    from proda.evaluate.scoring import letter_prompt, yesno_prompt

    reqs = []
    for it in items:
        reqs += [(lm.format_prompt(letter_prompt(it.question, it.options, False)), L) for L in LETTERS[:4]]
        ctx = lm.format_prompt(yesno_prompt(it.question, it.options, 1))
        reqs += [(ctx, "Yes"), (ctx, "No")]
    assert lm.loglikelihood(reqs) == pytest.approx([lm.loglikelihood_one(r) for r in reqs], abs=1e-4)


def test_exam_chapter_matches_a_folder_name_whatever_the_punctuation(tmp_path):
    """`make demo` on chapter 19 passed the folder's words ("the cardiovascular system the heart") and found no
    question of "The Cardiovascular System: The Heart"; other chapters are not taken along."""
    import json

    from proda.repair.measure import load_exam

    f = tmp_path / "questions.jsonl"
    rows = [("The Cardiovascular System: The Heart", "q1"), ("The Cardiovascular System: Blood", "q2"), ("Joints", "q3")]
    f.write_text("\n".join(json.dumps({"id": i, "question": f"Question {i}?", "options": ["a", "b", "c", "d"],
                                       "answer": "A", "chapter": ch}) for ch, i in rows), encoding="utf-8")
    got = load_exam(f, ["the cardiovascular system the heart"])
    assert [q.id for q in got] == ["q1"], got
    assert [q.id for q in load_exam(f, ["JOINTS"])] == ["q3"]
