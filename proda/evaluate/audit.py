"""``proda data audit``: can the options alone give the answer away?

Why: a generator leaves cues a model learns instead of the book ("does not ..." options never correct, a stock
option never the key, wrapped options correct twice as often as bare ones).  Three checks, over benchmark items and
over the multi-option training items (true/false claims count as one-option items):

* the *option-only baseline*: a logistic regression (scikit-learn) on each option's text alone — word 1-2-grams and
  its length rank within the item — cross-validated with the options of one item kept together (GroupKFold); the
  ROC AUC of predicting correct options without the question, fitted per item type (single choice, multi-select and
  true/false differ in base rate, which is no cue) and reported for the worst type.  0.5 means no cue; above
  ``max_option_auc`` fails on 40 items or more (a dozen items cannot show a cue: their AUC wanders 0.23-0.70 by
  chance, so smaller sets are reported as "not judged");
* per option form (``option_forms`` stored with the items; inferred from the wording for older items) the share
  that is correct beside the overall share, with 95 % Wilson intervals, and beside the share its own items would
  give it if the form told nothing (the mean correct share of the items it occurs in: forms of single-choice and
  multi-select items differ in base rate); a form of n >= 20 that far (``max_form_gap``) from it fails — a
  never-correct form is the extreme case.  Benchmark distractor kinds (other_chain, ...) are provenance, not
  wording: they are counted, not judged;
* origin: the share of benchmark items whose distractors all come from outside the item's chain (other chains,
  the section's statements) while every key is a step of it, so the keyed set is separable by where the options
  come from (audit round 2: "the keyed set is exactly the on-topic options"); reported with its interval;
* key position balance (share of keys at A-D; above ``max_position_share`` at one letter fails; judged per option
  count, a three-option item's keys on A-C against ``max_position_share`` + 1/3 - 1/4) and a length-only
  AUC (relative length within the item, either direction; above ``max_length_auc`` fails);
* order items: the share whose key is the unique "consensus" option, the one sharing most positions with the other
  three (review of round 15: with three steps the wrong orders were the key's neighbour swaps and its reverse, and
  this picked the key on every order item), and the share whose key is the unique option closest to the others by
  Kendall tau; each fails from ``MIN_ITEMS`` order items on when its Wilson lower bound exceeds
  ``max_consensus_share`` (0.25: chance, one option in four; ``bench_order`` draws sets where neither pick can
  find the key, so a new benchmark scores 0 -- the old limit, a share above 0.5, let half the items through).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from proda.datasets import LETTERS
from proda.models import BenchItem, TrainItem
from proda.stats import wilson

MIN_ITEMS = 10  # fewer items than this: the classifiers are not fitted (reported as n too small)
MIN_FORM_N = 20
MIN_VERDICT = 40  # fewer items of a type than this: the AUCs are reported, not judged (see _judged)
OWN_KINDS = {"key", "reversed_causality", "wrong_order", "opposite_sign", "missing_precondition"}  # from its chain
_TF = re.compile(r"^(True or false: |Is the following statement true or false\? )")
_STOCK = re.compile(r"^(nothing|none\b|no (earlier|later) step|no earlier step|it occurs without|the rest of the process|"
                    r"all later steps|every step of the process|all steps of the process)", re.I)
_WRAP = re.compile(r"^the (step|stage)\b|\bstep$", re.I)


@dataclass
class Opt:
    item: str
    text: str
    correct: bool
    form: str
    position: int  # 0-3 (-1: a true/false claim)
    length_rank: float  # 0 shortest .. 1 longest within its item
    rel_length: float  # length / mean length of its item's options
    stratum: str = "all"  # item type: the baseline is fitted per type (types differ in base rate, not in cue)
    kind: str = ""  # benchmark: distractor kind ("key" for a correct option); shown, not judged (a provenance)
    expected: float = 0.0  # the correct share of its item: what its form would get if form told nothing


def infer_form(text: str) -> str:
    """The wording of an option when the item does not store one (items of older generators)."""
    t = text.strip()
    if _STOCK.search(t):
        return "stock"
    if _WRAP.search(t):
        return "wrapped"
    if " → " in t:
        return "sequence"
    if re.search(r"\b(not|never)\b", t, re.I):
        return "negated"
    return "plain"


def _rows(texts: list[str], flags: list[bool], forms: list[str], item: str, positional: bool) -> list[Opt]:
    lengths = [len(t) for t in texts]
    mean = sum(lengths) / len(lengths) if lengths else 1
    order = sorted(range(len(texts)), key=lambda k: (lengths[k], k))
    rank = {k: (r / (len(texts) - 1) if len(texts) > 1 else 0.5) for r, k in enumerate(order)}
    share = sum(flags) / len(flags) if flags else 0.0
    if not positional:
        share = 0.5  # a true/false claim: either verdict is as likely by design
    return [Opt(item, t, f, forms[k] if k < len(forms) and forms[k] else infer_form(t), k if positional else -1,
                rank[k], lengths[k] / mean if mean else 1.0, expected=share) for k, (t, f) in enumerate(zip(texts, flags))]


def bench_options(items: Sequence[BenchItem]) -> list[Opt]:
    out = []
    for i in items:
        rows = _rows(list(i.options), [k in i.correct for k in range(len(i.options))], list(i.option_forms), i.id, True)
        for r, dk in zip(rows, i.distractor_kinds or []):
            r.kind = dk or "key"
        out += rows
    return out


def train_options(items: Sequence[TrainItem]) -> list[Opt]:
    out = []
    for i in items:
        if i.type in ("single_choice", "multi_select") and i.options:
            rows = _rows(list(i.options), [k in i.correct for k in range(len(i.options))], list(i.option_forms),
                         i.id, True)
        elif i.type == "true_false":
            claim = _TF.sub("", i.prompt.split("\n", 1)[0]).rstrip(".")
            rows = _rows([claim], [i.answer.startswith("True")], list(i.option_forms), i.id, False)
        else:
            continue
        for r in rows:
            r.stratum = i.type
        out += rows
    return out


def _cv_scores(rows: list[Opt], features: str, seed: int = 0) -> list[float] | None:
    """Out-of-fold P(correct) per option from a logistic regression, folds grouped by item."""
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    groups = [r.item for r in rows]
    y = np.array([r.correct for r in rows], dtype=int)
    if len(set(groups)) < MIN_ITEMS or len(set(y)) < 2:
        return None
    splits = min(5, len(set(groups)))
    num = np.array([[r.length_rank, r.rel_length] for r in rows])
    scores = np.zeros(len(rows))
    for tr, te in GroupKFold(n_splits=splits).split(num, y, groups):
        if len(set(y[tr])) < 2:
            scores[te] = y[tr].mean()
            continue
        if features == "text":
            vec = TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True)
            xtr = hstack([vec.fit_transform([rows[j].text for j in tr]), csr_matrix(num[tr])]).tocsr()
            xte = hstack([vec.transform([rows[j].text for j in te]), csr_matrix(num[te])]).tocsr()
        else:
            xtr, xte = num[tr], num[te]
        clf = LogisticRegression(max_iter=2000, C=1.0, random_state=seed)
        clf.fit(xtr, y[tr])
        scores[te] = clf.predict_proba(xte)[:, 1]
    return scores.tolist()


def _auc(rows: list[Opt], scores: list[float] | None, either_way: bool = False) -> float | None:
    if scores is None:
        return None
    from sklearn.metrics import roc_auc_score

    y = [r.correct for r in rows]
    if len(set(y)) < 2:
        return None
    a = float(roc_auc_score(y, scores))
    return max(a, 1 - a) if either_way else a


def _judged(auc: float | None, n_items: int, limit: float) -> bool:
    """Above the threshold on a set large enough to tell.  Measured on balanced random sets (tests/test_audit.py):
    with 12 items the out-of-fold AUC of a set with no cue at all ranged 0.23-0.70 over 12 seeds, so a point value
    on a dozen items (a three-chapter benchmark) fails healthy builds at random; from ``MIN_VERDICT`` items on the
    threshold is applied (a planted cue scores above 0.9)."""
    return auc is not None and auc > limit and n_items >= MIN_VERDICT


def audit_options(rows: list[Opt], cfg_build, seed: int = 0) -> dict:
    """The three checks on one set of options; ``failures`` lists what is above its threshold."""
    n_items = len({r.item for r in rows})
    overall = wilson(sum(r.correct for r in rows), len(rows))
    forms: dict[str, list[Opt]] = defaultdict(list)
    for r in rows:
        forms[r.form].append(r)
    form_rates = {f: wilson(sum(x.correct for x in rs), len(rs)) for f, rs in sorted(forms.items())}
    expected = {f: sum(x.expected for x in rs) / len(rs) for f, rs in forms.items()}
    kinds: dict[str, list[Opt]] = defaultdict(list)
    for r in rows:
        if r.kind:
            kinds[r.kind].append(r)
    by_item: dict[str, list[Opt]] = defaultdict(list)
    for r in rows:
        if r.kind:
            by_item[r.item].append(r)
    separable = sum(1 for rs in by_item.values()
                    if all(x.kind not in OWN_KINDS for x in rs if not x.correct) and any(not x.correct for x in rs))
    positional = [r for r in rows if r.position >= 0]
    keys = Counter(LETTERS[r.position] for r in positional if r.correct)
    n_keys = sum(keys.values())
    pos_share = {L: (keys[L] / n_keys if n_keys else 0.0) for L in LETTERS}
    by_size = _positions_by_size(positional)
    strata: dict[str, list[Opt]] = defaultdict(list)
    for r in rows:
        strata[r.stratum].append(r)
    by_stratum = {k: _auc(rs, _cv_scores(rs, "text", seed)) for k, rs in sorted(strata.items())}
    known = [k for k, v in by_stratum.items() if v is not None]
    worst = max(known, key=lambda k: by_stratum[k]) if known else None  # the worst item type
    option_auc = by_stratum[worst] if worst else None
    n_worst = len({r.item for r in strata[worst]}) if worst else 0
    multi = [r for r in rows if r.position >= 0]
    n_multi = len({r.item for r in multi})
    length_auc = _auc(multi, [r.rel_length for r in multi], either_way=True) if n_multi >= MIN_ITEMS else None
    fails = []
    if _judged(option_auc, n_worst, cfg_build.max_option_auc):
        fails.append(f"option-only baseline AUC {option_auc:.3f} > max_option_auc {cfg_build.max_option_auc:.2f}: "
                     "the options alone give the answer away")
    if _judged(length_auc, n_multi, cfg_build.max_length_auc):
        fails.append(f"length-only AUC {length_auc:.3f} > max_length_auc {cfg_build.max_length_auc:.2f}")
    judged = n_worst >= MIN_VERDICT
    for size, (n_size, shares) in by_size.items():  # judged per option count: chance is 1/size a letter
        limit = cfg_build.max_position_share + 1 / size - 1 / 4  # the same slack above chance as A-D's
        if n_size >= 4 * MIN_ITEMS and max(shares.values()) > limit:
            L = max(shares, key=shares.get)
            fails.append(f"{shares[L]:.1%} of keys at {L} > max_position_share {cfg_build.max_position_share:.0%}"
                         if size == 4 else f"{shares[L]:.1%} of {_SIZE.get(size, size)}-option items' keys at {L} > "
                         f"{limit:.1%} (max_position_share {cfg_build.max_position_share:.0%} + 1/{size} - 1/4)")
    for f, rate in form_rates.items():
        if rate.n >= MIN_FORM_N and abs(rate.value - expected[f]) > cfg_build.max_form_gap:
            fails.append(f"form {f!r} is correct {rate.fmt()} where its items' share is {expected[f]:.1%} "
                         f"(gap > max_form_gap {cfg_build.max_form_gap:.2f})")
    return {"items": n_items, "options": len(rows), "overall": overall.as_dict(),
            "forms": {f: dict(r.as_dict(), expected=expected[f]) for f, r in form_rates.items()},
            "distractor_kinds": {k: len(v) for k, v in sorted(kinds.items())}, "positions": pos_share,
            "positions_by_size": {str(k): v[1] for k, v in by_size.items()},
            "origin_separable": wilson(separable, len(by_item)).as_dict(),
            "option_auc": option_auc, "option_auc_by_type": by_stratum, "length_auc": length_auc,
            "judged": judged, "failures": fails, "ok": not fails}


_SIZE = {2: "two", 3: "three", 4: "four"}


def _positions_by_size(positional: list[Opt]) -> dict[int, tuple[int, dict[str, float]]]:
    """Per option count: (keys, share of them at each letter).  Why apart: a three-option item (``[build]
    three_options``) has no D, so pooled with four-option items a cue at D among those is diluted by keys on A-C
    (and D reads as rare where nothing is wrong); each size's keys are balanced apart (``bench_place.place``)."""
    size = Counter(r.item for r in positional)
    out = {}
    for n in sorted(set(size.values()), reverse=True):
        ks = Counter(r.position for r in positional if r.correct and size[r.item] == n)
        tot = sum(ks.values())
        out[n] = (tot, {LETTERS[p]: (ks[p] / tot if tot else 0.0) for p in range(min(n, len(LETTERS)))})
    return out


def order_consensus(bench: Sequence[BenchItem]) -> dict:
    """The share of order items whose key is the unique option sharing most positions with the others (Wilson)."""
    from proda.evaluate.bench_order import consensus

    return _order_pick(bench, consensus, max)


def order_closeness(bench: Sequence[BenchItem]) -> dict:
    """The share of order items whose key is the unique option closest to the others by Kendall tau (Wilson)."""
    from proda.evaluate.bench_order import closeness

    return _order_pick(bench, closeness, min)


def _order_pick(bench: Sequence[BenchItem], score, best) -> dict:
    """The share of order items whose key is the unique ``best`` of ``score`` over the options (as permutations)."""
    from proda.evaluate.bench_order import _unique

    hits = n = 0
    for i in bench:
        if i.kind != "order" or len(i.correct) != 1:
            continue
        key = i.options[i.correct[0]].lower().split(" → ")  # "The play stage → the game stage": case is no step
        orders = [o.lower().split(" → ") for o in i.options]
        if any(sorted(o) != sorted(key) for o in orders) or len(set(key)) != len(key):
            continue  # not four orders of the same steps: nothing to compare
        c = score([tuple(key.index(s) for s in o) for o in orders])
        n += 1
        hits += _unique(c, best) and c[i.correct[0]] == best(c)
    return wilson(hits, n).as_dict()


def audit(train: Sequence[TrainItem], bench: Sequence[BenchItem], cfg_build, seed: int = 0) -> dict:
    """The audit of a benchmark and a training set (each section is None when it has no options)."""
    out = {}
    for name, rows in (("bench", bench_options(bench)), ("train", train_options(train))):
        out[name] = audit_options(rows, cfg_build, seed) if rows else None
    limit = getattr(cfg_build, "max_consensus_share", 0.25)
    if out["bench"]:
        for key, pick, what in (("order_consensus", order_consensus, "sharing most positions with"),
                                ("order_closeness", order_closeness, "closest by Kendall tau to")):
            oc = out["bench"][key] = pick(bench)
            if oc["n"] >= MIN_ITEMS and oc["ci_low"] > limit:
                out["bench"]["failures"].append(
                    f"{oc['rate']:.1%} [{oc['ci_low']:.1%}, {oc['ci_high']:.1%}] of {oc['n']} order items keyed on "
                    f"the option {what} the others: lower bound > max_consensus_share {limit:.0%}")
                out["bench"]["ok"] = False
    out["thresholds"] = {k: getattr(cfg_build, k) for k in ("max_option_auc", "max_length_auc", "max_position_share",
                                                            "max_form_gap")}
    out["thresholds"]["max_consensus_share"] = limit
    out["failures"] = [f"{name}: {f}" for name in ("bench", "train") if out[name] for f in out[name]["failures"]]
    out["ok"] = not out["failures"]
    return out


def render(report: dict, console) -> None:
    """Rich tables: one row per set, then per-form correct shares."""
    from rich.table import Table

    t = Table(title="data audit: can the options alone give the answer away?", title_justify="left")
    for c in ("set", "items", "options", "correct share", "option-only AUC", "length AUC", "keys A / B / C / D", "ok"):
        t.add_column(c, justify="left" if c == "set" else "right")
    fmt = lambda v, judged: "n too small" if v is None else f"{v:.3f}" + ("" if judged else " (not judged)")  # noqa: E731
    for name in ("bench", "train"):
        r = report.get(name)
        if not r:
            continue
        ov = r["overall"]
        t.add_row(name, str(r["items"]), str(r["options"]), _rate(ov), fmt(r["option_auc"], r.get("judged", True)),
                  fmt(r["length_auc"], r.get("judged", True)),
                  " / ".join(f"{r['positions'][L]:.0%}" for L in LETTERS), "yes" if r["ok"] else "[red]no[/red]")
    console.print(t)
    b = report.get("bench")
    if b and len(b.get("positions_by_size") or {}) > 1:  # pooled, D is rarer only because three-option items lack it
        console.print("bench keys per option count: " + "; ".join(
            f"{_SIZE.get(int(n), n)} options " + " / ".join(f"{L} {v:.0%}" for L, v in shares.items())
            for n, shares in b["positions_by_size"].items()), highlight=False)
    if b and b.get("origin_separable", {}).get("n"):
        console.print(f"bench items whose distractors all come from outside the item's chain (keys separable by "
                      f"origin): {_rate(b['origin_separable'])}", highlight=False)
    if b and b.get("order_consensus", {}).get("n"):
        judged = "" if b["order_consensus"]["n"] >= MIN_ITEMS else " (not judged)"
        console.print(f"order items keyed on the option sharing most positions with the other three (consensus "
                      f"pick): {_rate(b['order_consensus'])}{judged}", highlight=False)
    if b and b.get("order_closeness", {}).get("n"):
        judged = "" if b["order_closeness"]["n"] >= MIN_ITEMS else " (not judged)"
        console.print(f"order items keyed on the option closest to the other three by Kendall tau: "
                      f"{_rate(b['order_closeness'])}{judged}", highlight=False)
    f = Table(title="correct share per option form (overall beside it)", title_justify="left")
    for c in ("set", "form", "correct share [95 % CI] (n)", "its items' share", "overall"):
        f.add_column(c, justify="left" if c in ("set", "form") else "right")
    for name in ("bench", "train"):
        r = report.get(name)
        if r:
            for form, rate in r["forms"].items():
                f.add_row(name, form, _rate(rate), f"{100 * rate['expected']:.1f} %", _rate(r["overall"]))
    console.print(f)


def _rate(d: dict) -> str:
    if not d["n"]:
        return "– (n=0)"
    return f"{100 * d['rate']:.1f} % [{100 * d['ci_low']:.1f}, {100 * d['ci_high']:.1f}] (n={d['n']})"
