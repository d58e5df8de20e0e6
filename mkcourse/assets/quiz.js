/* mkcourse quiz widget: grading, feedback, hints, saved progress, scores.
   Progress is kept in localStorage under the course id and question ids, so it is shared by
   every language of the site and survives reordering and site updates. No network use. */
(function () {
  "use strict";
  var VERSION = 1;
  var ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xde6, 0xe50, 0xed0, 0x1040, 0x17e0, 0xff10];
  var cfg = null;

  function config() {
    var el = document.getElementById("mc-quiz-config");
    return el ? JSON.parse(el.dataset.config) : null;
  }
  function storageKey() { return "mkcourse:" + cfg.course; }
  function load() {
    try {
      var data = JSON.parse(localStorage.getItem(storageKey()) || "null");
      if (data && data.v === VERSION && data.answers) return data;
    } catch (e) { /* unreadable or blocked storage: start afresh */ }
    return { v: VERSION, answers: {} };
  }
  function save(data) {
    try { localStorage.setItem(storageKey(), JSON.stringify(data)); } catch (e) { /* full or blocked */ }
  }
  function t(name, values) {
    return (cfg.strings[name] || name).replace(/\{(\w+)\}/g, function (m, k) {
      return values && k in values ? values[k] : m;
    });
  }

  /* -- grading rules (mirrored by mkcourse/quiz/grade.py) ------------------------------ */
  function normalize(text) {
    return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  }
  function asciiDigits(text) {
    return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0de6-\u0def\u0e50-\u0e59\u0ed0-\u0ed9\u1040-\u1049\u17e0-\u17e9\uff10-\uff19]/g, function (c) {
      var p = c.charCodeAt(0);
      for (var i = 0; i < ZEROS.length; i++) if (p >= ZEROS[i] && p <= ZEROS[i] + 9) return String(p - ZEROS[i]);
      return c;
    }).replace(/\u066b/g, ".").replace(/\u066c/g, ",");
  }
  function grouped(s, sep) {
    var e = sep === "." ? "\\." : sep;
    return new RegExp("^\\d{1,3}(?:" + e + "\\d{2,3})*" + e + "\\d{3}$").test(s);
  }
  function parseNumber(text, decimal, group) {
    var s = asciiDigits(text.normalize("NFKC")).replace(/[\s\u00a0\u202f\u2009\u2007']+/g, "");
    if (/^\s$/.test(group) || group === "\u00a0" || group === "\u202f" || group === "'") group = "";
    var sign = "";
    if (/^[+\-\u2212]/.test(s)) { sign = s[0] === "+" ? "" : "-"; s = s.slice(1); }
    var seps = [];
    for (var i = 0; i < s.length; i++) if (!/\d/.test(s[i]) && seps.indexOf(s[i]) < 0) seps.push(s[i]);
    if (!s || seps.length > 2 || seps.some(function (c) { return c !== "." && c !== ","; })) return null;
    if (seps.length === 2) {
      var other = seps[1] === decimal ? seps[0] : seps[1];
      var dec = seps.indexOf(decimal) >= 0 && s.lastIndexOf(decimal) > s.lastIndexOf(other)
        ? decimal : s[Math.max(s.lastIndexOf("."), s.lastIndexOf(","))];
      other = dec === "." ? "," : ".";
      if (s.split(dec).length > 2 || !grouped(s.slice(0, s.indexOf(dec)), other)) return null;
      s = s.split(other).join("").replace(dec, ".");
    } else if (seps.length === 1) {
      var mark = seps[0], count = s.split(mark).length - 1;
      if ((count > 1 || (mark === group && mark !== decimal)) && grouped(s, mark)) s = s.split(mark).join("");
      else if (count === 1) s = s.replace(mark, ".");
      else return null;
    }
    if (!/^(\d+\.?\d*|\.\d+)$/.test(s)) return null;
    return Number(sign + s);
  }

  /* -- reading and restoring a question's response ------------------------------------- */
  function inputs(q) { return Array.prototype.slice.call(q.querySelectorAll("input, select")); }
  function orderItems(q) { return Array.prototype.slice.call(q.querySelectorAll(".mc-order li")); }
  function response(q) {
    var type = q.dataset.type, els = inputs(q);
    if (type === "single" || type === "multiple" || type === "truefalse") {
      var picked = els.filter(function (e) { return e.checked; }).map(function (e) { return e.value; });
      return picked.length ? picked : null;
    }
    if (type === "text" || type === "numeric") return els[0].value.trim() ? els[0].value : null;
    if (type === "order") return orderItems(q).map(function (li) { return Number(li.dataset.index); });
    var chosen = els.map(function (e) { return e.value; });
    return chosen.some(function (v) { return v === ""; }) ? null : chosen.map(Number);
  }
  function restore(q, value) {
    var type = q.dataset.type, els = inputs(q);
    if (type === "text" || type === "numeric") { els[0].value = value; return; }
    if (type === "order") {
      var list = q.querySelector(".mc-order");
      value.forEach(function (index) {
        var li = list.querySelector('li[data-index="' + index + '"]');
        if (li) list.appendChild(li);
      });
      return;
    }
    if (type === "match") { els.forEach(function (e, i) { e.value = String(value[i]); }); return; }
    els.forEach(function (e) { e.checked = value.indexOf(e.value) >= 0; });
  }
  function grade(q, key, value) {
    switch (key.type) {
      case "single": case "multiple":
        var picked = value.map(Number).sort();
        return picked.join() === key.correct.slice().sort().join();
      case "truefalse": return (value[0] === "true") === key.answer;
      case "text":
        return key.answers.some(function (a) { return normalize(a) === normalize(value); });
      case "numeric":
        var n = parseNumber(value, cfg.decimal, cfg.group);
        return n !== null && Math.abs(n - key.answer) <= key.tolerance + 1e-9;
      default: /* order and match: item i belongs at position i */
        return value.every(function (v, i) { return Number(v) === i; });
    }
  }

  /* -- showing the result --------------------------------------------------------------- */
  function show(q, key, value, correct) {
    var feedback = q.querySelector(".mc-q__feedback"), parts = [t(correct ? "correct" : "incorrect")];
    if (key.feedback && (key.type === "single" || key.type === "multiple")) {
      value.forEach(function (v) { if (key.feedback[v]) parts.push(key.feedback[v]); });
    }
    if (key.type === "truefalse") {
      var f = key.feedback[value[0] === "true" ? 0 : 1];
      if (f) parts.push(f);
    }
    if (key.type === "numeric" && parseNumber(value, cfg.decimal, cfg.group) === null) {
      parts = [t("notNumber", { example: cfg.example })];
    }
    if (!correct && key.type === "text") parts.push(t("accepted", { answer: key.answers[0] }));
    feedback.textContent = parts.join(" ");
    feedback.className = "mc-q__feedback " + (correct ? "mc-right" : "mc-wrong");
    q.classList.add("mc-answered");
    inputs(q).concat(orderItems(q)).forEach(function (el) {
      var row = el.closest ? el.closest(".mc-opt, li, .mc-match__row") : null;
      if (!row) return;
      var ok = null;
      if (key.type === "single" || key.type === "multiple") ok = key.correct.indexOf(Number(el.value)) >= 0 ? true : (el.checked ? false : null);
      if (key.type === "order") ok = orderItems(q).indexOf(el) === Number(el.dataset.index);
      if (key.type === "match") ok = Number(el.value) === inputs(q).indexOf(el);
      row.classList.toggle("mc-ok", ok === true);
      row.classList.toggle("mc-bad", ok === false);
    });
    var explanation = q.querySelector(".mc-q__explanation");
    if (explanation) explanation.hidden = false;
  }
  function clearShown(q) {
    var feedback = q.querySelector(".mc-q__feedback");
    feedback.textContent = "";
    feedback.className = "mc-q__feedback";
    q.classList.remove("mc-answered");
    Array.prototype.forEach.call(q.querySelectorAll(".mc-ok, .mc-bad"), function (el) {
      el.classList.remove("mc-ok", "mc-bad");
    });
    var explanation = q.querySelector(".mc-q__explanation");
    if (explanation) explanation.hidden = true;
  }

  /* -- scores on quiz pages, module pages and the progress page ------------------------- */
  function tally(ids, data) {
    var answered = 0, correct = 0;
    ids.forEach(function (id) {
      var a = data.answers[id];
      if (a) { answered++; if (a.ok) correct++; }
    });
    return { answered: answered, correct: correct, total: ids.length };
  }
  function ids(el) { return (el.dataset.qids || "").split(" ").filter(Boolean); }
  function updateScores() {
    var data = load();
    Array.prototype.forEach.call(document.querySelectorAll("[data-mc-score]"), function (el) {
      var s = tally(ids(el), data);
      el.querySelector(".mc-score__text").textContent =
        s.answered ? t("score", s) : t("none");
    });
    Array.prototype.forEach.call(document.querySelectorAll(".mc-progress tr[data-qids]"), function (row) {
      var s = tally(ids(row), data);
      row.querySelector(".mc-progress__answered").textContent = s.answered + " / " + s.total;
      row.querySelector(".mc-progress__score").textContent =
        s.answered ? t("percent", { value: Math.round(100 * s.correct / s.total) }) + " (" + s.correct + " / " + s.total + ")" : "–";
    });
  }

  /* -- wiring ---------------------------------------------------------------------------- */
  function setup(q) {
    if (q.dataset.ready) return;
    q.dataset.ready = "1";
    var key = JSON.parse(q.dataset.key);
    var form = q.querySelector("form"), live = q.querySelector(".mc-q__feedback");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var value = response(q);
      if (value === null) { live.textContent = t("unanswered"); live.className = "mc-q__feedback"; return; }
      var correct = grade(q, key, value), data = load();
      data.answers[q.dataset.qid] = { r: value, ok: correct, t: Date.now() };
      save(data);
      show(q, key, value, correct);
      updateScores();
    });
    form.addEventListener("input", function () { if (q.classList.contains("mc-answered")) clearShown(q); });
    q.addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (!button) return;
      if (button.classList.contains("mc-hint-button")) {
        var next = q.querySelector(".mc-hint[hidden]");
        if (next) next.hidden = false;
        if (!q.querySelector(".mc-hint[hidden]")) button.disabled = true;
      } else if (button.classList.contains("mc-move")) {
        var li = button.closest("li"), list = li.parentNode, step = Number(button.dataset.move);
        var sibling = step < 0 ? li.previousElementSibling : li.nextElementSibling;
        if (!sibling) return;
        list.insertBefore(li, step < 0 ? sibling : sibling.nextElementSibling);
        button.focus();
        clearShown(q);
        live.textContent = t("moved", { item: li.querySelector(".mc-order__text").textContent,
          position: orderItems(q).indexOf(li) + 1, total: orderItems(q).length });
      }
    });
    var saved = load().answers[q.dataset.qid];
    if (saved) { restore(q, saved.r); show(q, key, saved.r, grade(q, key, saved.r)); }
  }
  function clearAll() {
    if (!window.confirm(t("confirmClear"))) return;
    try { localStorage.removeItem(storageKey()); } catch (e) { /* blocked storage */ }
    Array.prototype.forEach.call(document.querySelectorAll(".mc-q"), function (q) {
      q.querySelector("form").reset();
      clearShown(q);
      Array.prototype.forEach.call(q.querySelectorAll(".mc-hint"), function (h) { h.hidden = true; });
      var hint = q.querySelector(".mc-hint-button");
      if (hint) hint.disabled = false;
    });
    updateScores();
    certificate();
    var status = document.querySelector(".mc-score__text, .mc-q__feedback");
    if (status) status.textContent = t("cleared");
  }
  function certificate() {
    var box = document.querySelector(".mc-certificate");
    if (!box) return;
    var all = [];
    Array.prototype.forEach.call(document.querySelectorAll(".mc-progress tr[data-qids]"), function (row) {
      all = all.concat(ids(row));
    });
    var done = tally(all, load()).answered === all.length && all.length > 0;
    box.querySelector(".mc-certificate__locked").hidden = done;
    var form = box.querySelector("form");
    form.hidden = !done;
    if (form.dataset.ready) return;
    form.dataset.ready = "1";
    form.addEventListener("submit", function (event) {
      event.preventDefault(); /* nothing is sent anywhere: the name only goes on paper */
      box.querySelector(".mc-certificate__name").textContent = form.elements.name.value;
      box.querySelector(".mc-certificate__sheet").hidden = false;
      document.body.classList.add("mc-print-certificate");
      window.print();
    });
    window.addEventListener("afterprint", function () {
      document.body.classList.remove("mc-print-certificate");
    });
  }
  function init() {
    cfg = config();
    if (!cfg) return;
    Array.prototype.forEach.call(document.querySelectorAll(".mc-q"), setup);
    Array.prototype.forEach.call(document.querySelectorAll(".mc-clear"), function (b) {
      if (!b.dataset.ready) { b.dataset.ready = "1"; b.addEventListener("click", clearAll); }
    });
    updateScores();
    certificate();
  }
  /* Material's instant navigation swaps pages without a load event: follow its document$. */
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(init);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
  window.mkcourseQuiz = { parseNumber: parseNumber, normalize: normalize };
})();
