"use strict";
// The page of `poa-lint serve`: sends the letter to the local server as you type and shows what
// comes back. Everything stays on this machine; the token proves the page came from poa-lint.
(function () {
  const $ = (id) => document.getElementById(id);
  const params = new URLSearchParams(location.search);
  if (params.get("token")) {
    sessionStorage.setItem("poa-lint-token", params.get("token"));
    history.replaceState(null, "", location.pathname);
  }
  const token = sessionStorage.getItem("poa-lint-token") || "";
  const DEBOUNCE_MS = 100;
  const session = Math.random().toString(36).slice(2) + Date.now().toString(36);
  const PART_NAMES = { "root-cause": "Root cause", "corrective": "Corrective actions",
                       "preventive": "Preventive measures" };
  let meta = { rules: {}, reasons: [], langs: ["en"] };
  let timer = null, sent = 0, shown = 0, typed = 0;
  // keystroke-to-findings latencies (ms) of this page's life, for the benchmark; never sent anywhere
  window.poaLatencies = [];

  function api(path, body, type) {
    const headers = { "Authorization": "Bearer " + token };
    if (type) headers["Content-Type"] = type;
    return fetch(path, { method: body === undefined ? "GET" : "POST", headers, body });
  }

  function status(text, isError) {
    $("status").textContent = text;
    $("status").className = isError ? "mute error" : "mute";
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") node.className = v; else node.setAttribute(k, v);
    }
    for (const c of children) node.append(c);
    return node;
  }

  function request(extra) {
    return JSON.stringify(Object.assign({
      text: $("letter").value, notice: $("notice").value, reason: $("reason").value,
      lang: $("lang").value || "en", checklist: true, session }, extra || {}));
  }

  function schedule() {
    typed = performance.now();
    clearTimeout(timer);
    timer = setTimeout(check, DEBOUNCE_MS);
  }

  async function check() {
    const seq = ++sent;
    document.body.dataset.state = "busy";
    if (!$("letter").value.trim()) {
      render({ files: [{ findings: [] }], checklist: null }, "", seq);
      return;
    }
    const text = $("letter").value;
    let answer;
    try {
      const response = await api("/api/lint", request(), "application/json");
      answer = await response.json();
      if (!response.ok) throw new Error(answer.error || response.statusText);
    } catch (err) {
      if (seq === sent) { status("Not checked: " + err.message, true); document.body.dataset.state = "error"; }
      return;
    }
    if (seq >= shown) render(answer, text, seq);
  }

  function render(answer, text, seq) {
    shown = seq;
    const file = answer.files[0];
    const findings = file.findings || [];
    renderChecklist(answer.checklist);
    renderPreview(text, findings);
    renderFindings(findings);
    const s = answer.summary || { errors: 0, warnings: 0, info: 0 };
    status(text ? `${s.errors} errors, ${s.warnings} warnings, ${s.info} info.` : "");
    if (seq === sent && typed) window.poaLatencies.push(performance.now() - typed);
    document.body.dataset.seq = String(seq);
    document.body.dataset.state = seq === sent ? "done" : "busy";
  }

  function renderChecklist(list) {
    const box = $("checklist");
    box.replaceChildren();
    if (!list) return;
    const parts = el("ul", { id: "parts" });
    for (const [part, ok] of Object.entries(list.parts)) {
      parts.append(el("li", { class: ok ? "ok" : "no", "data-part": part }, PART_NAMES[part] || part));
    }
    box.append(el("h3", {}, "Parts of the plan"), parts);
    for (const [key, title] of [["asins", "ASINs in the notice"], ["orders", "Orders in the notice"]]) {
      const items = Object.entries(list[key] || {});
      if (!items.length) continue;
      const ul = el("ul", { id: "notice-" + key });
      for (const [id, ok] of items) ul.append(el("li", { class: ok ? "ok" : "no", "data-id": id }, id));
      box.append(el("h3", {}, title), ul);
    }
  }

  function renderPreview(text, findings) {
    const chars = Array.from(text);          // offsets from the server count code points
    const spans = findings.map((f, i) => [i, Math.min(f.start, chars.length), Math.min(f.end, chars.length)])
      .filter(([i, s, e]) => e > s && !findings[i].whole_letter);   // a missing part has no place to mark
    const cuts = [...new Set([0, chars.length, ...spans.flatMap(([, s, e]) => [s, e])])].sort((a, b) => a - b);
    const pre = $("preview");
    pre.replaceChildren();
    const rank = { error: 3, warning: 2, info: 1 };
    for (let k = 0; k + 1 < cuts.length; k++) {
      const a = cuts[k], b = cuts[k + 1];
      const chunk = chars.slice(a, b).join("");
      const over = spans.filter(([, s, e]) => s <= a && b <= e);
      if (!over.length) { pre.append(chunk); continue; }
      const top = over.map(([i]) => findings[i]).sort((x, y) => rank[y.severity] - rank[x.severity])[0];
      const mark = el("mark", { class: "sev-" + top.severity, "data-f": over.map(([i]) => i).join(" "),
                                title: over.map(([i]) => findings[i].message).join("\n") }, chunk);
      mark.addEventListener("click", () => explain(findings, Number(over[0][0])));
      pre.append(mark);
    }
  }

  function renderFindings(findings) {
    const box = $("findings");
    box.replaceChildren();
    $("why").hidden = true;
    const groups = new Map();
    findings.forEach((f, i) => {
      const key = f.whole_letter ? "whole letter" : (f.section || "opening");
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(i);
    });
    for (const [section, indexes] of groups) {
      const ol = el("ol", { "data-section": section });
      for (const i of indexes) {
        const f = findings[i];
        const li = el("li", { class: "sev-" + f.severity, "data-i": String(i), "data-rule": f.rule },
          el("span", { class: "badge sev-" + f.severity }, f.severity), " ",
          el("code", {}, f.rule), " ", el("span", { class: "mute" }, `${f.line}:${f.column}`), " ",
          f.message);
        li.addEventListener("click", () => explain(findings, i));
        ol.append(li);
      }
      box.append(el("h3", {}, section.replace(/-/g, " ")), ol);
    }
  }

  function explain(findings, i) {
    const f = findings[i];
    const rule = meta.rules[f.rule] || {};
    const why = $("why");
    why.replaceChildren(el("strong", {}, f.rule), el("p", {}, f.message),
                        el("p", {}, (rule.whys && rule.whys[$("lang").value]) || rule.why || ""));
    if (f.suggestions && f.suggestions.length) why.append(el("p", {}, "Try: " + f.suggestions.join(" / ")));
    why.hidden = false;
    document.querySelectorAll(".active").forEach((n) => n.classList.remove("active"));
    document.querySelectorAll(`#findings li[data-i="${i}"]`).forEach((n) => n.classList.add("active"));
    document.querySelectorAll("mark[data-f]").forEach((m) => {
      if (m.dataset.f.split(" ").includes(String(i))) m.classList.add("active");
    });
  }

  async function dropped(event) {
    event.preventDefault();
    $("letter").classList.remove("drop");
    const file = event.dataTransfer.files[0];
    if (!file) return;
    await load(file);
  }

  async function load(file) {
    if (/\.docx$/i.test(file.name)) {
      const response = await api("/api/docx", await file.arrayBuffer(),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      const answer = await response.json();
      if (!response.ok) { status(`${file.name}: ${answer.error}`, true); return; }
      $("letter").value = answer.text;
    } else {
      $("letter").value = await file.text();
    }
    schedule();
  }

  async function download() {
    const response = await api("/api/lint", request({ format: "html", checklist: false, session: "" }), "application/json");
    if (!response.ok) { status("Report not made: " + (await response.json()).error, true); return; }
    const url = URL.createObjectURL(await response.blob());
    const a = el("a", { href: url, download: "poa-lint-report.html" });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  async function start() {
    if (!token) { status("Open the address that poa-lint serve printed (it carries a token).", true); return; }
    const response = await api("/api/meta");
    if (!response.ok) { status((await response.json()).error, true); return; }
    meta = await response.json();
    for (const r of meta.reasons) $("reason").append(el("option", { value: r.id }, r.label));
    for (const l of meta.langs) $("lang").append(el("option", { value: l }, l));
    $("lang-box").hidden = meta.langs.length < 2;
    for (const id of ["letter", "notice"]) $(id).addEventListener("input", schedule);
    for (const id of ["reason", "lang"]) $(id).addEventListener("change", schedule);
    $("letter").addEventListener("dragover", (e) => { e.preventDefault(); $("letter").classList.add("drop"); });
    $("letter").addEventListener("dragleave", () => $("letter").classList.remove("drop"));
    $("letter").addEventListener("drop", dropped);
    $("download").addEventListener("click", download);
    $("file").addEventListener("change", () => { if ($("file").files[0]) load($("file").files[0]); });
    document.body.dataset.state = "ready";
    if ($("letter").value.trim()) schedule();
  }

  start();
})();
