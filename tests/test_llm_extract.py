"""The ``llm`` extractor end to end against a real local OpenAI-compatible server."""

from __future__ import annotations

import json
import socket

import pytest

import proda.llm.client as client_mod
from proda.config import LLMConfig
from proda.ingest.extract.llm import LLMExtractor, format_plan, parse_reply, _Chains
from proda.llm import ChatClient, LLMError
from proda.models import Chunk, Definition
from proda.prompts import load_prompt, render_prompt

try:
    from fake_openai import FakeOpenAI, fake_openai, task_of  # noqa: F401  (fixture)
except ImportError:  # tests/ imported as a package
    from tests.fake_openai import FakeOpenAI, fake_openai, task_of  # noqa: F401

TEXT = ("Brewing tea is a process that turns leaves into a drink.\n"
        "To brew tea, first boil the water. Then steep the leaves for three minutes. Finally remove the leaves.\n"
        "Never use water that has boiled twice.\n"
        "A teapot is a vessel for steeping tea.")

CHAINS = {"chains": [{
    "name": "brewing tea", "summary": "Turns leaves into a drink.",
    "preconditions": ["fresh water is available"],
    "negative_constraints": ["never use water that has boiled twice"],
    "steps": ["boil the water", "steep the leaves for three minutes", "remove the leaves"],
    "step_concepts": [["water"], ["leaves"], ["leaves"]],
    "source_quote": "To brew tea, first boil the water."}]}
STATEMENTS = {"statements": [
    {"subject": "boil the water", "predicate": "precedes", "object": "steep the leaves",
     "source_quote": "first boil the water. Then steep the leaves", "chain_index": 0, "step_index": 0},
    {"subject": "steep the leaves", "predicate": "precedes", "object": "remove the leaves",
     "source_quote": "Finally remove the leaves.", "chain_index": 0, "step_index": 1},
    {"subject": "teapot", "predicate": "is a", "object": "vessel",
     "source_quote": "A teapot is a vessel for steeping tea.", "chain_index": None, "step_index": None},
    # the model collapsed the line break: snapped back to the chunk's own text
    {"subject": "brewing tea", "predicate": "turns into", "object": "drink",
     "source_quote": "into a drink. To brew tea", "chain_index": None, "step_index": None},
    # paraphrase, not in the chunk: rejected and counted
    {"subject": "teapot", "predicate": "holds", "object": "tea",
     "source_quote": "A teapot holds tea.", "chain_index": None, "step_index": None},
]}
CONCEPTS = {"concepts": [
    {"name": "teapot", "aliases": ["tea pot"], "definition": "A vessel for steeping tea.", "type": "entity",
     "source_quote": "A teapot is a vessel for steeping tea."},
    {"name": "water", "aliases": [], "definition": "", "type": "term", "source_quote": "Water is wet."},
    {"name": "brewing tea", "aliases": [], "definition": "", "type": "process", "source_quote": ""},
]}
REPLIES = {"extract_chains": CHAINS, "extract_statements": STATEMENTS, "extract_concepts": CONCEPTS,
           "extract_all": {**CHAINS, **STATEMENTS, **CONCEPTS}}


def tea_responder(body: dict):
    return REPLIES[task_of(body)]


def chunk(i: int = 0, text: str = TEXT) -> Chunk:
    return Chunk(id=f"c{i}", doc_id="d", ord=i, text=text, start=0, end=len(text), heading_path=["Tea"],
                 definitions=[Definition(term="teapot", definition="a vessel for steeping tea")])


@pytest.fixture(autouse=True)
def fast_backoff(monkeypatch):
    monkeypatch.setattr(client_mod, "BACKOFF_S", 0.01)
    monkeypatch.delenv("PRODA_TEST_KEY", raising=False)


@pytest.fixture
def server(fake_openai):
    fake_openai.responder = tea_responder
    return fake_openai


def make(server: FakeOpenAI, tmp_path, **kw) -> LLMExtractor:
    mode = kw.pop("mode", None)
    cfg = LLMConfig(base_url=server.base_url, model="test-model", api_key_env="PRODA_TEST_KEY",
                    **{"timeout_s": 5, "concurrency": 2, "max_retries": 2, **kw})
    return LLMExtractor(cfg, tmp_path / "cache", mode=mode)


def test_end_to_end_top_down(server, tmp_path):
    ex = make(server, tmp_path)
    out = ex.extract(chunk(), "tea")
    assert server.tasks() == ["extract_chains", "extract_statements", "extract_concepts"]
    body = server.requests[0]
    assert body["model"] == "test-model" and body["response_format"] == {"type": "json_object"}
    assert body["temperature"] == 0.0 and body["max_tokens"] == 2048
    assert body["messages"][0]["role"] == "system" and "tea" in body["messages"][0]["content"]
    assert TEXT in body["messages"][1]["content"]
    assert "authorization" not in body["_headers"]  # no key set: no header
    assert "brewing tea" in server.requests[1]["messages"][1]["content"]  # statements see the chains
    assert "teapot | is a | vessel" in server.requests[2]["messages"][1]["content"]  # concepts see statements
    assert "teapot: a vessel for steeping tea" in server.requests[2]["messages"][1]["content"]  # and the glossary

    assert [c.name for c in out.chains] == ["brewing tea"]
    assert len(out.chains[0].steps) == 3
    assert len(out.statements) == 4 and out.rejected_quotes == 1 and ex.rejected_quotes == 1
    assert all(s.source_quote in TEXT for s in out.statements)
    assert "into a drink.\nTo brew tea" in [s.source_quote for s in out.statements]
    transitions = [(s.chain_index, s.step_index) for s in out.statements if s.chain_index is not None]
    assert transitions == [(0, 0), (0, 1)]
    names = {c.name: c for c in out.concepts}
    assert set(names) == {"teapot", "water", "brewing tea"}
    assert names["teapot"].aliases == ["tea pot"] and names["teapot"].how == "llm"
    assert names["water"].source_quote == ""  # non-verbatim concept quote cleared, concept kept
    assert ex.failures == []
    assert ex.client.usage()["requests"] == 3 and ex.client.usage()["prompt_tokens"] > 0


def test_api_key_sent_as_bearer(server, tmp_path, monkeypatch):
    monkeypatch.setenv("PRODA_TEST_KEY", "sk-secret")
    server.api_key = "sk-secret"
    make(server, tmp_path, mode="combined").extract(chunk(), "tea")
    assert server.requests[0]["_headers"]["authorization"] == "Bearer sk-secret"


def test_rerun_hits_cache(server, tmp_path):
    first = make(server, tmp_path).extract_many([chunk(0), chunk(1, TEXT + " More.")], "tea")
    assert len(server.requests) == 6
    again = make(server, tmp_path)
    second = again.extract_many([chunk(0), chunk(1, TEXT + " More.")], "tea")
    assert len(server.requests) == 6  # nothing new
    assert again.client.usage()["cache_hits"] == 6
    assert [e.model_dump() for e in first] == [e.model_dump() for e in second]
    files = list((tmp_path / "cache").glob("*/*.json"))
    assert len(files) == 6 and all(f.parent.name == f.stem[:2] for f in files)


def test_retry_after_malformed_output(server, tmp_path):
    server.malformed_first = 1
    ex = make(server, tmp_path)
    out = ex.extract(chunk(), "tea")
    assert len(server.requests) == 4 and out.chains and ex.failures == []
    retry = server.requests[1]["messages"]
    assert [m["role"] for m in retry] == ["system", "user", "assistant", "user"]
    assert "not JSON" in retry[-1]["content"]


def test_retry_after_wrong_shape(server, tmp_path):
    calls = []

    def responder(body):
        calls.append(1)
        return {"chains": [{"name": "brewing tea"}]} if len(calls) == 1 else tea_responder(body)

    server.responder = responder
    ex = make(server, tmp_path)
    assert ex.extract(chunk(), "tea").chains
    assert "chains.0.steps" in server.requests[1]["messages"][-1]["content"]


def test_retry_after_500_and_timeout(server, tmp_path):
    server.fail_status = [500]
    out = make(server, tmp_path, mode="combined").extract(chunk(), "tea")
    assert len(server.requests) == 2 and out.chains

    server.requests.clear()
    server.stall_first, server.stall_s = 1, 1.5
    ex = make(server, tmp_path / "b", mode="combined", timeout_s=0.5)
    assert ex.extract(chunk(), "tea").chains and ex.failures == []
    assert len(server.requests) == 2


def test_permanent_malformed_is_recorded_and_run_continues(server, tmp_path):
    server.responder = lambda body: "no JSON here" if "BAD" in body["messages"][1]["content"] else tea_responder(body)
    ex = make(server, tmp_path, max_retries=1)
    outs = ex.extract_many([chunk(0), chunk(1, "BAD " + TEXT), chunk(2, TEXT + " ")], "tea")
    assert [o.chunk_id for o in outs] == ["c0", "c1", "c2"]
    assert outs[1].chains == [] and outs[1].statements == [] and outs[1].concepts == []
    assert outs[0].chains and outs[2].chains
    assert [cid for cid, _ in ex.failures] == ["c1"]
    assert "chains: no valid reply after 2 attempts" in ex.failures[0][1]
    # the bad replies were dropped from the cache: the next run asks again
    plan = make(server, tmp_path).plan([chunk(0), chunk(1, "BAD " + TEXT)], "tea")
    assert (plan.calls, plan.cached_calls, plan.cached_chunks) == (3, 3, 1)


def test_4xx_for_one_chunk_is_a_failure_not_a_crash(server, tmp_path):
    server.fail_status = [400]
    ex = make(server, tmp_path, mode="combined", concurrency=1)
    outs = ex.extract_many([chunk(0), chunk(1, TEXT + " ")], "tea")
    assert outs[0].chains == [] and outs[1].chains
    assert ex.failures[0][0] == "c0" and "HTTP 400" in ex.failures[0][1]


def test_dry_run_counts_without_network(server, tmp_path):
    chunks = [chunk(0), chunk(1, TEXT + " More text.")]
    ex = make(server, tmp_path)
    plan = ex.plan(chunks, "tea")
    assert len(server.requests) == 0
    assert (plan.calls, plan.cached_calls, plan.chunks, plan.cached_chunks) == (6, 0, 2, 0)
    assert plan.prompt_tokens_est > 2 * 3 * len(TEXT) // 4 and plan.completion_tokens_est > 0

    ex.extract(chunks[0], "tea")
    n = len(server.requests)
    plan2 = make(server, tmp_path).plan(chunks, "tea")
    assert len(server.requests) == n
    assert (plan2.calls, plan2.cached_calls, plan2.cached_chunks) == (3, 3, 1)
    assert plan2.prompt_tokens_est < plan.prompt_tokens_est

    combined = make(server, tmp_path, mode="combined").plan(chunks, "tea")
    assert (combined.calls, combined.cached_calls) == (2, 0)
    text = format_plan(plan2)
    assert "calls to make:     3 (+3 answered from cache, free)" in text and "test-model" in text


def test_401_is_one_line_error(server, tmp_path):
    server.api_key = "sk-right"
    ex = make(server, tmp_path)
    with pytest.raises(LLMError) as e:
        ex.extract_many([chunk(0), chunk(1)], "tea")
    msg = str(e.value)
    assert "\n" not in msg and "401" in msg and server.base_url in msg and "test-model" in msg
    assert "$PRODA_TEST_KEY" in msg
    assert ex.failures == []


def test_unknown_model_and_refused_connection(server, tmp_path):
    cfg = LLMConfig(base_url=server.base_url, model="nope", api_key_env="PRODA_TEST_KEY", max_retries=0)
    with pytest.raises(LLMError, match=r"HTTP 404 .*'nope'"):
        LLMExtractor(cfg, tmp_path).extract(chunk(), "tea")

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v1"
    cfg = LLMConfig(base_url=url, model="m", api_key_env="PRODA_TEST_KEY")
    with pytest.raises(LLMError, match="cannot connect") as e:
        LLMExtractor(cfg, tmp_path).extract(chunk(), "tea")
    assert url in str(e.value) and "\n" not in str(e.value)


def test_concurrency_bound(server, tmp_path):
    server.delay_s = 0.1
    ex = make(server, tmp_path, mode="combined", concurrency=2)
    outs = ex.extract_many([chunk(i, f"{TEXT} {i}") for i in range(6)], "tea", progress=lambda n: None)
    assert len(outs) == 6 and all(o.chains for o in outs)
    assert server.max_in_flight == 2

    server.requests.clear()
    server.max_in_flight = 0
    client = ChatClient(ex.cfg.model_copy(update={"concurrency": 3}), tmp_path / "m")
    msgs = [[{"role": "user", "content": f"# task: extract_chains\n{i}"}] for i in range(7)]
    res = client.map_chat(msgs)
    assert [json.loads(r.content) for r in res] == [CHAINS] * 7 and server.max_in_flight == 3


def test_response_format_rejected_falls_back(server, tmp_path):
    server.reject_response_format = True
    ex = make(server, tmp_path, mode="combined")
    assert ex.extract(chunk(), "tea").chains
    assert ex.client.json_mode is False and "response_format" not in server.requests[-1]


def test_prompts_and_parsing():
    assert "$chunk" in load_prompt("extract_chains")
    rendered = render_prompt("extract_chains", chunk="X {y} $z", heading="H")
    assert '{"chains": [{"name"' in rendered and "X {y} $z" in rendered
    for name in ("extract_chains", "extract_statements", "extract_concepts", "extract_all"):
        assert "verbatim" in load_prompt(name) and "JSON" in load_prompt(name)
    fenced = "```json\n" + json.dumps(CHAINS) + "\n```"
    assert parse_reply(fenced, _Chains).chains[0].name == "brewing tea"
    assert parse_reply("Here you go: " + json.dumps(CHAINS) + " Done.", _Chains).chains
    assert parse_reply(json.dumps(CHAINS["chains"]), _Chains).chains  # bare list accepted
    with pytest.raises(ValueError, match="not JSON"):
        parse_reply("nothing", _Chains)
