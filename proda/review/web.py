"""The local review page: one unit per screen, keyboard first, verdicts straight into the graph.

Served by starlette + uvicorn on 127.0.0.1 at a free port; every request must
carry the one-time token printed in the URL (query ``token`` or header
``X-Review-Token``), so no other program on the machine can read the KB through
it or post verdicts (403 otherwise).  Everything the page needs ships in
``proda/review/static`` (no CDN).
"""

from __future__ import annotations

import secrets
import socket
import threading
from importlib import resources

from proda.review import REASONS, ReviewError
from proda.review.sample import Sample
from proda.review.units import LETTERS, load
from proda.review.verdicts import Verdict, check, current, retract, write

STATIC = resources.files("proda.review") / "static"


def edit_text(level: str, u: dict) -> str:
    """What the edit box starts with: the unit in the form ``units.parse_edit`` reads back."""
    if level == "concepts":
        return u["definition"]
    if level == "statements":
        neg = " [NOT]" if u.get("negated") and " not " not in f" {u['predicate'].lower().replace('_', ' ')} " else ""
        return f"{u['subject']} | {u['predicate']}{neg} | {u['object']}"
    if level == "chains":
        return "\n".join(s["text"] for s in u["steps"] if s.get("id"))
    if level == "train":
        return u.get("answer") or ""
    return ", ".join(LETTERS[i] for i in u["correct"])


class Session:
    """One sample, one reviewer: what the page shows and the verdicts it posts."""

    def __init__(self, store, sample: Sample, reviewer: str):
        self.store, self.sample, self.reviewer = store, sample, reviewer
        self.lock = threading.Lock()

    def units(self) -> dict:
        details = load(self.store, self.sample.level, self.sample.unit_ids)
        mine = {uid: r for (uid, who), r in current(self.store, self.sample.level, self.sample.unit_ids).items()
                if who == self.reviewer}
        out = []
        for uid in self.sample.unit_ids:
            u = details.get(uid)
            if u is None:
                continue
            v = mine.get(uid)
            out.append({**{k: u.get(k) for k in ("id", "text", "quote", "chunk", "document", "heading", "kind",
                                                 "options", "correct", "units", "steps", "name", "definition",
                                                 "question", "answer")},
                        "edit_text": edit_text(self.sample.level, u),
                        "verdict": {k: v[k] for k in ("verdict", "reason", "note", "edit")} if v else None})
        first_open = next((i for i, u in enumerate(out) if u["verdict"] is None), len(out) - 1 if out else 0)
        return {"sample": self.sample.id, "level": self.sample.level, "seed": self.sample.seed,
                "reviewer": self.reviewer, "reasons": list(REASONS), "units": out, "position": first_open}

    def verdict(self, body: dict) -> dict:
        uid = str(body.get("id") or "")
        if uid not in self.sample.unit_ids:
            raise ReviewError(f"{uid!r} is not in sample {self.sample.id}")
        unit = load(self.store, self.sample.level, [uid]).get(uid)
        v = Verdict(unit_id=uid, level=self.sample.level, reviewer=self.reviewer,
                    verdict=str(body.get("verdict") or ""), reason=str(body.get("reason") or ""),
                    note=str(body.get("note") or ""), edit=str(body.get("edit") or ""), sample_id=self.sample.id)
        with self.lock:
            row = check(v, unit)
            write(self.store, [row])
        return {"review": row["id"], "id": uid, "verdict": row["verdict"], "reason": row["reason"]}

    def undo(self) -> dict:
        """Retract this reviewer's most recent standing verdict in this sample (the one before counts again)."""
        with self.lock:
            mine = [r for r in self.store.read("review_verdicts", level=self.sample.level, ids=self.sample.unit_ids)
                    if r["reviewer"] == self.reviewer and r["sample_id"] == self.sample.id]
            if not mine:
                return {"undone": None}
            last = max(mine, key=lambda r: (r["time"], r["seq"] or 0))
            retract(self.store, last["id"])
        return {"undone": last["id"], "id": last["unit_id"]}


def make_app(session: Session, token: str):
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
    from starlette.routing import Route

    def authorised(request: Request) -> bool:
        given = request.query_params.get("token") or request.headers.get("x-review-token") or ""
        return secrets.compare_digest(given.encode(), token.encode())

    def guard(fn):
        def wrapped(request: Request):
            if not authorised(request):
                return PlainTextResponse("forbidden: this page needs the token printed by `proda review`", 403)
            try:
                return fn(request)
            except ReviewError as e:
                return JSONResponse({"error": str(e)}, 400)
        return wrapped

    def page(request: Request):
        html = (STATIC / "review.html").read_text(encoding="utf-8")
        return HTMLResponse(html.replace("{{TOKEN}}", token).replace("{{TITLE}}", f"proda review: {session.sample.level}"))

    def asset(request: Request):
        name = request.path_params["name"]
        if name not in ("review.js", "review.css"):
            return PlainTextResponse("not found", 404)
        media = "text/javascript" if name.endswith(".js") else "text/css"
        return Response((STATIC / name).read_text(encoding="utf-8"), media_type=media)

    def units(request: Request):
        return JSONResponse(session.units())

    async def _body(request: Request) -> dict:
        try:
            b = await request.json()
        except ValueError:
            raise ReviewError("the request body is not JSON") from None
        return b if isinstance(b, dict) else {}

    async def verdict(request: Request):
        if not authorised(request):
            return PlainTextResponse("forbidden", 403)
        from starlette.concurrency import run_in_threadpool

        try:
            return JSONResponse(await run_in_threadpool(session.verdict, await _body(request)))
        except ReviewError as e:
            return JSONResponse({"error": str(e)}, 400)

    async def undo(request: Request):
        if not authorised(request):
            return PlainTextResponse("forbidden", 403)
        from starlette.concurrency import run_in_threadpool

        return JSONResponse(await run_in_threadpool(session.undo))

    return Starlette(routes=[Route("/", guard(page)), Route("/static/{name}", guard(asset)),
                             Route("/api/units", guard(units)), Route("/api/verdict", verdict, methods=["POST"]),
                             Route("/api/undo", undo, methods=["POST"])])


def serve(store, sample: Sample, reviewer: str, open_browser: bool = True) -> None:
    """Serve until Ctrl-C (or SIGTERM); prints the one URL that works."""
    import uvicorn

    from proda.cli_support import console

    token = secrets.token_urlsafe(24)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)  # connections wait in the backlog until uvicorn accepts them: the printed URL works at once
    port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/?token={token}"
    judged = sum(1 for (uid, who) in current(store, sample.level, sample.unit_ids) if who == reviewer)
    console.print(f"reviewing sample {sample.id}: {len(sample.unit_ids)} {sample.level} (seed {sample.seed}), "
                  f"{judged} already judged by {reviewer}", highlight=False)
    console.print(f"open {url}", highlight=False, soft_wrap=True)
    console.file.flush()
    if open_browser:
        import webbrowser

        threading.Timer(0.5, lambda: webbrowser.open(url)).start()
    config = uvicorn.Config(make_app(Session(store, sample, reviewer), token), log_level="warning",
                            lifespan="off")
    server = uvicorn.Server(config)
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass


__all__ = ["serve", "make_app", "Session", "edit_text"]
