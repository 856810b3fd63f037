// proda review page: one unit per screen; keys a r e n b u (and arrows). Verdicts go to /api/verdict at once.
"use strict";
const TOKEN = document.body.dataset.token;
let state = null, pos = 0, mode = "browse";
const $ = (id) => document.getElementById(id);
const LETTERS = "ABCDEFGH";

async function api(path, body) {
  const opts = body === undefined ? {} : {method: "POST", body: JSON.stringify(body),
                                          headers: {"Content-Type": "application/json"}};
  opts.headers = Object.assign(opts.headers || {}, {"X-Review-Token": TOKEN});
  const r = await fetch(path, opts);
  const data = await r.json().catch(() => ({error: r.statusText}));
  if (!r.ok) throw new Error(data.error || r.statusText);
  return data;
}

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function showSource(u) {
  // the quote highlighted inside its chunk (text nodes only: nothing from the KB is parsed as HTML)
  const box = $("source");
  box.replaceChildren();
  const chunk = u.chunk || "", quote = u.quote || "";
  const at = quote ? chunk.indexOf(quote) : -1;
  if (at < 0) {
    if (quote) box.append(el("mark", quote), el("p", ""));
    box.append(document.createTextNode(chunk || "(no source chunk)"));
    return;
  }
  const mark = el("mark", quote);
  box.append(document.createTextNode(chunk.slice(0, at)), mark, document.createTextNode(chunk.slice(at + quote.length)));
  box.scrollTop = Math.max(0, mark.offsetTop - 60);  // the quote in view, with context above
}

function render() {
  const units = state.units;
  if (!units.length) { $("text").textContent = "this sample is empty"; return; }
  pos = Math.max(0, Math.min(pos, units.length - 1));
  const u = units[pos];
  const judged = units.filter((x) => x.verdict).length;
  $("where").textContent = `${state.level} ${pos + 1} / ${units.length}`;
  $("progress").textContent = `${judged} judged`;
  $("reviewer").textContent = `reviewer: ${state.reviewer}`;
  $("meta").textContent = [u.document, u.heading].filter(Boolean).join(" › ") + (u.kind ? `  ·  ${u.kind}` : "") + `  ·  ${u.id}`;
  const isItem = state.level === "train" || state.level === "bench";
  $("text").textContent = state.level === "bench" ? u.question : u.text;
  const ol = $("options");
  ol.replaceChildren();
  if (state.level === "bench") {
    (u.options || []).forEach((o, i) => ol.append(el("li", o, (u.correct || []).includes(i) ? "key" : "")));
  }
  const rel = $("related");
  rel.replaceChildren();
  if (isItem && (u.units || []).length) {
    rel.append(el("h3", state.level === "train" ? "teaches" : "tests"));
    const ul = el("ul");
    u.units.forEach((x) => ul.append(el("li", `${x.name} (${x.id})`)));
    rel.append(ul);
  }
  showSource(u);
  const st = $("status");
  st.className = u.verdict ? u.verdict.verdict : "";
  st.textContent = u.verdict ? `${u.verdict.verdict}${u.verdict.reason ? ": " + u.verdict.reason : ""}`
                              : "not judged yet";
  st.dataset.verdict = u.verdict ? u.verdict.verdict : "";
  $("reasons").hidden = mode !== "reason";
  $("editor").hidden = mode !== "edit";
}

async function send(verdict, extra) {
  const u = state.units[pos];
  $("error").textContent = "";
  try {
    const r = await api("/api/verdict", Object.assign({id: u.id, verdict: verdict}, extra || {}));
    u.verdict = {verdict: r.verdict, reason: r.reason, note: "", edit: (extra || {}).edit || ""};
    mode = "browse";
    if (pos < state.units.length - 1) pos += 1;
  } catch (e) {
    $("error").textContent = e.message;
  }
  render();
}

async function undo() {
  try {
    const r = await api("/api/undo", {});
    if (r.undone) {
      await reload(false);
      const i = state.units.findIndex((x) => x.id === r.id);
      if (i >= 0) pos = i;
    }
  } catch (e) { $("error").textContent = e.message; }
  render();
}

async function reload(jump) {
  state = await api("/api/units");
  if (jump) pos = state.position;
  const list = $("reason-list");
  list.replaceChildren();
  state.reasons.forEach((r, i) => list.append(el("li", `${i + 1}  ${r.replace(/_/g, " ")}`)));
}

document.addEventListener("keydown", (ev) => {
  if (!state) return;
  if (mode === "edit") {
    if (ev.key === "Escape") { mode = "browse"; render(); }
    else if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); send("edit", {edit: $("edit-text").value}); }
    return;
  }
  if (mode === "reason") {
    ev.preventDefault();
    if (ev.key === "Escape") { mode = "browse"; render(); return; }
    let i = -1;
    if (/^[1-9]$/.test(ev.key)) i = Number(ev.key) - 1;
    else if (/^[a-z]$/i.test(ev.key)) i = state.reasons.findIndex((r) => r[0] === ev.key.toLowerCase());
    if (i >= 0 && i < state.reasons.length) send("reject", {reason: state.reasons[i]});
    return;
  }
  if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
  const k = ev.key;
  if (k === "a") send("accept");
  else if (k === "r") { mode = "reason"; render(); }
  else if (k === "e") {
    ev.preventDefault();
    mode = "edit";
    $("edit-text").value = state.units[pos].edit_text || "";
    $("edit-hint").textContent = {concepts: "the corrected definition", statements: "subject | predicate | object (add [NOT] after the predicate for a negative)",
                                  chains: "one step per line", train: "the corrected answer", bench: "the corrected key, e.g. A, C"}[state.level];
    render();
    $("edit-text").focus();
  }
  else if (k === "n" || k === "ArrowRight") { pos += 1; render(); }
  else if (k === "b" || k === "ArrowLeft") { pos -= 1; render(); }
  else if (k === "u") undo();
});

reload(true).then(render).catch((e) => { $("error").textContent = e.message; });
