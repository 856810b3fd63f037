"""The HTML report: built from a small KB with a run, diagnoses and rounds, opened in headless Chromium."""

from __future__ import annotations

import base64
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from test_explore import build_kb, run_explore

pytest.importorskip("matplotlib")

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars"]


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        p = shutil.which(name)
        if p:
            return p
    return None


def screenshot(page: Path, png: Path, size: str = "1200,3000") -> Path:
    exe = chromium()
    if exe is None:
        pytest.skip("no Chromium (apt-get install -y chromium)")
    with tempfile.TemporaryDirectory() as profile:
        p = subprocess.run([exe, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--screenshot={png}",
                            f"--window-size={size}", page.resolve().as_uri()],
                           capture_output=True, text=True, timeout=120)
    assert png.exists(), p.stderr[-2000:]
    return png


def non_white_share(png: Path) -> float:
    from PIL import Image

    im = Image.open(png).convert("L")
    hist = im.histogram()
    return 1 - sum(hist[245:]) / (im.width * im.height)


def data_pngs(html: str) -> list[bytes]:
    out = []
    for m in re.finditer(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)"', html):
        out.append(base64.b64decode(m.group(1)))
    return out


def test_report_sections_and_plots(store, tmp_path):
    from proda.report.html import build_report

    build_kb(store, rounds=True)
    out, d = build_report(store, tmp_path / "report.html")
    html = out.read_text()
    pngs = data_pngs(html)
    assert len(pngs) >= 8  # levels, domains, degree, coverage, 3 accuracy, diagnosis, heat map, rounds
    assert all(p.startswith(b"\x89PNG\r\n\x1a\n") for p in pngs)
    assert not re.search(r"""(src|href)=["']https?:""", html)  # nothing from the network
    for section in ("Knowledge base", "Connectivity", "Data coverage", "Benchmark results", "Diagnosis",
                    "Failure heat map", "Repair history"):
        assert section in html
    assert "No runs yet" not in html and "No repair rounds yet" not in html
    assert d["run"] == "run_1" and sum(r["n"] for r in d["results"]) == 4
    assert {r["class"]: r["n"] for r in d["diagnoses"]} == {"concept_gap": 1, "chain_break": 1}
    assert d["gap_concepts"][0]["name"] == "synovial joint"
    assert [r["round"] for r in d["rounds"]] == [0, 1, 2]

    png = screenshot(out, tmp_path / "report.png")
    assert non_white_share(png) > 0.05, "the page rendered (almost) blank"


def test_report_without_items_says_so(store, tmp_path):
    from proda.report.html import build_report

    build_kb(store, items=False)
    out, d = build_report(store, tmp_path / "r.html")
    html = out.read_text()
    assert "No runs yet" in html and "No diagnoses yet" in html and "No repair rounds yet" in html
    assert len(data_pngs(html)) >= 3
    assert d["coverage"]["concept_coverage"] == 0.0


def test_report_on_empty_store(store, tmp_path):
    from proda.report.html import build_report

    out, d = build_report(store, tmp_path / "r.html")
    assert d["kb"]["concepts"] == 0 and "No runs yet" in out.read_text()


def test_report_cli(store, tmp_path):
    build_kb(store)
    out = tmp_path / "cli.html"
    p = run_explore("report", "--out", str(out), project=store.cfg.project_dir)
    assert p.returncode == 0, p.stderr
    assert out.stat().st_size > 20_000 and "wrote" in p.stdout
    p = run_explore("report", "--out", str(out), "--run", "no_such_run", project=store.cfg.project_dir)
    assert p.returncode == 1 and "no run" in p.stderr


@pytest.mark.slow
def test_report_on_real_kb(tmp_path):
    """The anatomy KB (``PRODA_REPORT_KB``, default /tmp/kb-anat2), copied so its owner is never disturbed."""
    src = Path(os.environ.get("PRODA_REPORT_KB", "/tmp/kb-anat2"))
    if not (src / "proda.toml").is_file():
        pytest.skip(f"no KB at {src}")
    kb = tmp_path / "kb"
    shutil.copytree(src, kb, ignore=shutil.ignore_patterns("server.json"))
    out = tmp_path / "report.html"
    p = run_explore("report", "--out", str(out), project=kb)
    assert p.returncode == 0, p.stderr
    html = out.read_text()
    assert len(data_pngs(html)) >= 4
    if os.environ.get("PRODA_REPORT_EXPECT_DIAGNOSIS"):  # a KB with a benchmark run and its diagnosis
        assert "Diagnosis · run" in html, "the report has no diagnosis section"
        assert len(data_pngs(html)) >= 7, "expected the results, diagnosis and repair plots too"
    png = screenshot(out, tmp_path / "report.png")
    assert non_white_share(png) > 0.05
    keep = os.environ.get("PRODA_REPORT_SHOT")
    if keep:  # keep the page and its screenshot for a person to look at
        shutil.copy(png, keep)
        shutil.copy(out, Path(keep).with_suffix(".html"))
