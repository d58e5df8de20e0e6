/* mkcourse search: the reader's language only, in Material's search box and look.
   The index (search/<lang>.js) is a script, so it loads from a web server and from disk.
   Matching rules mirror mkcourse/search/index.py: words for spaced scripts (prefixes find
   inflected forms), character pairs for unspaced scripts and Korean compounds. */
(function () {
  "use strict";
  var NO_SPACE = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/;
  var WORD = /[0-9A-Za-z_\u00c0-\u024f\u0400-\u04ff\u0621-\u064a\u0660-\u0669\u066e-\u06d3\u06d5-\u06ff\u0780-\u07bf\u0900-\u0963\u0966-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f\u200c\u200d]+/g;
  var WEIGHT = { t: 10, h: 4, b: 1 };
  var script = document.currentScript;
  var root = script ? script.src.replace(/assets\/mkcourse\/search\.js(\?.*)?$/, "") : "";
  var vocab = {};
  var loading = {};

  function norm(text) { return text.normalize("NFKC").toLowerCase().replace(/[\u200b-\u200d\u2060\ufeff]/g, ""); }
  function pairs(run) {
    var letters = Array.from(run).filter(function (c) { return !/\d/.test(c); }), out = [];
    for (var i = 0; i + 1 < letters.length; i++) out.push(letters[i] + letters[i + 1]);
    return out.length ? out : letters;
  }
  function terms(query) {
    return (norm(query).match(WORD) || []).map(function (run) {
      return NO_SPACE.test(run) ? { grams: pairs(run), text: run } : { word: run, text: run };
    }).filter(function (t) { return t.grams ? t.grams.length : t.word.length > 1 || /\d/.test(t.word); });
  }
  function keys(index, field) {
    var id = index.lang + field;
    return vocab[id] || (vocab[id] = Object.keys(index.fields[field]));
  }
  function add(scores, docs, weight) {
    (docs || []).forEach(function (d) { scores[d] = (scores[d] || 0) + weight; });
  }
  function matchTerm(index, term) {
    var scores = {};
    ["t", "h", "b"].forEach(function (field) {
      var postings = index.fields[field], w = WEIGHT[field];
      if (term.grams) {
        var docs = null;
        term.grams.forEach(function (g) {
          var list = postings[g] || [];
          docs = docs === null ? list : docs.filter(function (d) { return list.indexOf(d) >= 0; });
        });
        add(scores, docs, w * 2);
        return;
      }
      add(scores, postings[term.word], w * 2);
      /* Inflected forms share a beginning: заявка ~ заявку, معاہدہ ~ معاہدے, bid ~ bidding,
         registering ~ register. */
      var q = term.word, n = q.length, stem = n >= 4 ? q.slice(0, Math.max(3, n - 2)) : q;
      keys(index, field).forEach(function (token) {
        if (token === q) return;
        var same = 0;
        while (same < n && same < token.length && token[same] === q[same]) same++;
        if (token.lastIndexOf(stem, 0) === 0 || (same >= 4 && same >= n - 4 && same >= token.length - 4)) {
          add(scores, postings[token], w);
        }
      });
    });
    return scores;
  }
  function search(index, query) {
    var list = terms(query);
    if (!list.length) return [];
    var maps = list.map(function (t) { return matchTerm(index, t); }), total = {};
    Object.keys(maps[0]).forEach(function (d) {
      if (maps.every(function (m) { return m[d]; })) {
        total[d] = maps.reduce(function (s, m) { return s + m[d]; }, 0);
      }
    });
    var best = {};
    Object.keys(total).forEach(function (d) {
      var page = index.docs[d][0].split("#")[0];
      if (!best[page] || total[d] > total[best[page]]) best[page] = d;
    });
    return Object.keys(best).map(function (p) { return +best[p]; }).sort(function (a, b) {
      return total[b] - total[a] || a - b;
    }).slice(0, 20).map(function (d) { return { doc: index.docs[d], terms: list }; });
  }

  /* -- showing results in Material's markup ----------------------------------------------- */
  function escape(text) {
    return text.replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]; });
  }
  function mark(text, list) {
    var lower = norm(text), spans = [];
    list.forEach(function (t) {
      var needle = t.word ? (t.word.length >= 4 ? t.word.slice(0, Math.max(3, t.word.length - 2)) : t.word) : t.text;
      var at = lower.indexOf(needle);
      if (at >= 0) spans.push([at, at + (t.word ? (lower.slice(at).match(WORD) || [needle])[0].length : needle.length)]);
    });
    spans.sort(function (a, b) { return a[0] - b[0]; });
    var start = spans.length ? Math.max(0, spans[0][0] - 60) : 0, end = Math.min(text.length, start + 220);
    var out = start > 0 ? "…" : "", pos = start;
    spans.forEach(function (s) {
      if (s[0] < pos || s[1] > end) return;
      out += escape(text.slice(pos, s[0])) + "<mark>" + escape(text.slice(s[0], s[1])) + "</mark>";
      pos = s[1];
    });
    return out + escape(text.slice(pos, end)) + (end < text.length ? "…" : "");
  }
  function render(box, results, query) {
    var meta = box.querySelector(".md-search-result__meta"), list = box.querySelector(".md-search-result__list");
    if (!query.trim()) { meta.textContent = box.dataset.placeholder; list.innerHTML = ""; return; }
    var n = results.length;
    meta.textContent = n === 0 ? box.dataset.none : n === 1 ? box.dataset.one : box.dataset.other.replace("#", n);
    list.innerHTML = results.map(function (r) {
      var url = r.doc[0], title = r.doc[2] || r.doc[1], page = r.doc[2] ? r.doc[1] : "";
      return '<li class="md-search-result__item"><a href="' + escape(root + url) + '" class="md-search-result__link" tabindex="-1">' +
        '<article class="md-search-result__article md-typeset"><div class="md-search-result__icon md-icon"></div>' +
        "<h1>" + mark(title, r.terms) + "</h1>" + (page ? '<p class="mc-search-page">' + escape(page) + "</p>" : "") +
        "<p>" + mark(r.doc[3], r.terms) + "</p></article></a></li>";
    }).join("");
  }

  /* -- wiring ------------------------------------------------------------------------------ */
  function load(lang, done) {
    var all = window.mkcourseSearch || {};
    if (all[lang]) { done(all[lang]); return; }
    if (!loading[lang]) {
      loading[lang] = [];
      var tag = document.createElement("script");
      tag.src = root + "search/" + lang + ".js";
      tag.onload = function () { loading[lang].forEach(function (f) { f(window.mkcourseSearch[lang]); }); };
      document.head.appendChild(tag);
    }
    loading[lang].push(done);
  }
  function setup() {
    var box = document.querySelector("[data-mc-search]");
    if (!box || box.dataset.ready) return;
    box.dataset.ready = "1";
    var input = box.querySelector(".md-search__input"), toggle = document.getElementById("__search");
    var lang = box.dataset.lang, index = null, asked = false;
    function run() { if (index) { render(box, search(index, input.value), input.value); box.dataset.searched = input.value; } }
    /* The index loads when a reader shows the intent to search, not with every page view:
       a first visit on a slow line costs the page only. */
    function start() {
      if (asked) return;
      asked = true;
      box.dataset.searchAsked = String(Math.round(performance.now()));
      load(lang, function (loaded) {
        index = loaded;
        box.querySelector(".md-search-result__meta").textContent = box.dataset.placeholder;
        box.dataset.searchReady = String(Math.round(performance.now()));
        run();
      });
    }
    box.mcStart = start;
    input.addEventListener("input", run);
    input.addEventListener("focus", function () { start(); if (toggle && !toggle.checked) toggle.checked = true; });
    input.addEventListener("pointerenter", start);
    Array.prototype.forEach.call(document.querySelectorAll('label[for="__search"]'), function (label) {
      label.addEventListener("pointerenter", start);
      label.addEventListener("click", start);
    });
    box.querySelector("form").addEventListener("submit", function (e) {
      e.preventDefault();
      var first = box.querySelector(".md-search-result__link");
      if (first) first.click();
    });
    box.querySelector("form").addEventListener("reset", function () { setTimeout(run, 0); });
    if (toggle) toggle.addEventListener("change", function () { if (toggle.checked) input.focus(); });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && toggle && toggle.checked) { toggle.checked = false; input.blur(); }
    });
    box.addEventListener("click", function (e) {
      if (e.target.closest && e.target.closest(".md-search-result__link") && toggle) toggle.checked = false;
    });
  }
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(setup);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
  window.mkcourseSearchStart = function () {
    setup();
    var box = document.querySelector("[data-mc-search]");
    if (box && box.mcStart) box.mcStart();
  };
  window.mkcourseSearchQuery = function (lang, query) {
    var index = (window.mkcourseSearch || {})[lang];
    return index ? search(index, query).map(function (r) { return r.doc[0]; }) : null;
  };
})();
