"""The review page in a real headless Chromium: five units judged by keyboard, then the graph and the stats."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from proda.review.stats import compute
from proda.review.verdicts import current

try:
    from test_synth import build_kb
except ImportError:  # pragma: no cover
    from tests.test_synth import build_kb


def browser():
    """Selenium driving the system Chromium through the matching Debian chromedriver (nothing downloaded)."""
    chrome = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not chrome or not driver:
        pytest.skip("no Chromium + chromedriver (apt-get install -y chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver", reason="pip install selenium")
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = chrome
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1200,900"):
        opts.add_argument(a)
    return webdriver.Chrome(service=Service(executable_path=driver), options=opts)


def start_review(project, *args):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "PRODA_"))}
    p = subprocess.Popen([sys.executable, "-m", "proda.cli", "-p", str(project), "review", *args, "--no-browser"],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    seen = []
    deadline = time.time() + 180
    while time.time() < deadline:
        line = p.stdout.readline()
        if not line and p.poll() is not None:
            break
        seen.append(line)
        m = re.search(r"(http://127\.0\.0\.1:\d+/\?token=\S+)", line)
        if m:
            return p, m.group(1)
    p.kill()
    raise AssertionError("proda review printed no URL:\n" + "".join(seen))


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def test_review_five_units_by_keyboard(store):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    build_kb(store)
    drv = browser()
    proc, url = start_review(store.cfg.project_dir, "--level", "statements", "--sample", "6", "--seed", "0",
                             "--reviewer", "alice")
    try:
        base, token = url.split("/?token=")
        assert get(base + "/")[0] == 403 and get(base + "/api/units")[0] == 403
        assert get(base + "/api/units?token=not-" + token)[0] == 403
        req = urllib.request.Request(base + "/api/verdict", data=b"{}", method="POST")
        with pytest.raises(urllib.error.HTTPError) as e:
            urllib.request.urlopen(req, timeout=10)
        assert e.value.code == 403

        drv.get(url)
        wait = WebDriverWait(drv, 30)
        wait.until(lambda d: d.find_element(By.ID, "where").text.startswith("statements 1 / 6"))
        units = json.loads(get(base + "/api/units?token=" + token)[1])["units"]
        ids = [u["id"] for u in units]
        # the quote is highlighted inside its chunk, with document and heading path
        assert drv.find_element(By.CSS_SELECTOR, "#source mark").text == units[0]["quote"]
        assert "Test Physiology › Physiology" in drv.find_element(By.ID, "meta").text

        def keys(*ks, judged=None, at=None):
            ActionChains(drv).send_keys(*ks).perform()
            if judged is not None:
                wait.until(lambda d: d.find_element(By.ID, "progress").text == f"{judged} judged")
            if at is not None:
                wait.until(lambda d: d.find_element(By.ID, "where").text.startswith(f"statements {at} / 6"))

        keys("a", judged=1, at=2)                      # accept
        keys("r")
        assert drv.find_element(By.ID, "reasons").is_displayed()
        keys("1", judged=2, at=3)                      # reject: wrong_fact
        keys("e")
        box = drv.find_element(By.ID, "edit-text")
        assert box.get_attribute("value") == f"{units[2]['text']}"
        box.send_keys(Keys.END, " and more")
        ActionChains(drv).key_down(Keys.CONTROL).send_keys(Keys.ENTER).key_up(Keys.CONTROL).perform()
        wait.until(lambda d: d.find_element(By.ID, "progress").text == "3 judged")   # edit
        keys("a", judged=4, at=5)                      # accept
        keys("r", "2", judged=5, at=6)                 # reject: fragment ...
        keys("u", judged=4, at=5)                      # ... undone: back on that unit, unjudged
        keys("a", judged=5, at=6)                      # accept instead
        keys(Keys.ARROW_LEFT, at=5)
        keys("b", at=4)
        assert drv.find_element(By.ID, "status").text == "accept"
        keys("n", at=5)
    finally:
        drv.quit()
        proc.terminate()
        proc.wait(timeout=60)

    # the graph: six Review nodes (nothing deleted), one retracted, one Revision; the current verdicts
    assert store.count("MATCH (v:Review {reviewer: 'alice'})-[:REVIEWS]->(:Statement) RETURN count(v) AS n") == 6
    assert store.read("MATCH (v:Review) WHERE v.retracted = true RETURN v.verdict AS v, v.reason AS r") == [
        {"v": "reject", "r": "fragment"}]
    cur = {uid: r for (uid, who), r in current(store, "statements").items()}
    assert [cur[i]["verdict"] for i in ids[:5]] == ["accept", "reject", "edit", "accept", "accept"]
    assert ids[5] not in cur and cur[ids[1]]["reason"] == "wrong_fact"
    assert all(cur[i]["sample_id"] for i in ids[:5])
    (rev,) = store.read("MATCH (x:Revision)-[:REVISES]->(s:Statement) RETURN s.id AS id, x.fields AS f")
    assert rev["id"] == ids[2] and json.loads(rev["f"])["object"].endswith("and more")
    st = compute(store)
    (lv,) = st["levels"]
    assert (lv["k"], lv["n"]) == (3, 5) and "60.0 %" in lv["fmt"] and "(n=5)" in lv["fmt"]
    assert st["reviewers"] == [{**st["reviewers"][0], "reviewer": "alice", "level": "statements", "k": 3, "n": 5}]
    # re-opening the same sample continues at the first unit alice has not judged
    from proda.review.sample import open_sample
    from proda.review.web import Session

    again = Session(store, open_sample(store, "statements", 6, 0), "alice").units()
    assert again["position"] == 5 and [u["id"] for u in again["units"]] == ids
