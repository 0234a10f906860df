/* media-framing reports: sortable, filterable tables; keyword in context; evidence behind a cell.
 *
 * Everything runs from this page: DataTables comes from ITables' offline bundle, embedded in the
 * page as base64 and imported from a blob: URL (no network).  The data (sentences, evidence) are
 * JSON blocks in the page (<script type="application/json">).  Written for the reports of
 * analysis/report (interactive.py, keyword_context.py, evidence_links.py); tested in tests/test_playwright.py.
 */
(function () {
  "use strict";

  function loadDataTables() {
    var el = document.getElementById("framing-dt-bundle");
    if (!el) return Promise.reject(new Error("no DataTables bundle in the page"));
    var raw = atob(el.textContent.trim());
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    var url = URL.createObjectURL(new Blob([bytes], { type: "text/javascript" }));
    return import(url).then(function (mod) { URL.revokeObjectURL(url); return mod; });
  }

  function esc(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function jsonBlock(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  /* ---------------------------------------------------------------- tables */

  /* the number a cell sorts by: its first number ("1,234.5", "0.57 [0.51–0.63]"); none first */
  function firstNumber(d) {
    var m = String(d == null ? "" : d).replace(/<[^>]*>/g, "").match(/[-\u2212]?[\d,]*\.?\d+/);
    return m ? parseFloat(m[0].replace(/,/g, "").replace("\u2212", "-")) : -Infinity;
  }

  function initTables(DataTable) {
    DataTable.ext.errMode = "throw";
    DataTable.ext.type.order["framing-num-pre"] = firstNumber;
    document.querySelectorAll("table[data-framing-table]").forEach(function (t) {
      var opts = JSON.parse(t.getAttribute("data-framing-table"));
      new DataTable(t, opts);
      t.setAttribute("data-framing-ready", "1");
    });
  }

  /* ------------------------------------------------- evidence behind a cell */

  function evidenceRows(source) {
    var data = jsonBlock(source);
    if (!data) return null;
    if (!data.objects) {
      data.objects = data.rows.map(function (r) {
        var o = {};
        data.fields.forEach(function (f, i) { o[f] = r[i]; });
        return o;
      });
    }
    return data;
  }

  function showEvidence(td) {
    var table = td.closest("table");
    var source = table.getAttribute("data-ev-source") || "framing-evidence";
    var data = evidenceRows(source);
    var filter = JSON.parse(td.getAttribute("data-ev"));
    var anchor = table.closest(".dt-container") || table;
    var panel = anchor.nextElementSibling;
    if (!panel || !panel.classList.contains("framing-ev-panel")) {
      panel = document.createElement("div");
      panel.className = "framing-ev-panel";
      panel.setAttribute("role", "region");
      panel.setAttribute("aria-live", "polite");
      anchor.parentNode.insertBefore(panel, anchor.nextSibling);
    }
    var keys = ["outlet", "voice", "category", "subcategory", "term", "article_id"].filter(
      function (k) { return k in filter; });
    Object.keys(filter).forEach(function (k) {
      if (keys.indexOf(k) < 0 && k !== "family") keys.push(k);
    });
    var what = keys.map(function (k) {
      return esc(k) + " = <strong>" + esc(filter[k]) + "</strong>";
    }).join(" · ");
    if (!data) {
      panel.innerHTML = "<p>No evidence is embedded in this page.</p>";
      return;
    }
    var hits = data.objects.filter(function (o) {
      return Object.keys(filter).every(function (k) { return String(o[k]).toLowerCase() === String(filter[k]).toLowerCase();
      });
    });
    var items = hits.map(function (o) {
      var s = o.sentence, a = o.match_start, b = o.match_end;
      var text = esc(s.slice(0, a)) + "<mark>" + esc(s.slice(a, b)) + "</mark>" + esc(s.slice(b));
      return '<li><span class="ev-sentence">' + text + '</span> <span class="ev-meta">' +
        esc(o.outlet) + " · " + esc(o.voice) + " voice · " + esc(o.title || o.article_id) +
        "</span></li>";
    }).join("");
    var total = Number(td.getAttribute("data-ev-n") || hits.length);
    panel.innerHTML = '<button type="button" class="ev-close" aria-label="Close">&times;</button>' +
      '<p class="ev-head">The sentences behind ' + what + ": " + hits.length +
      (total > hits.length ? " shown of " + total : "") + ". " + esc(data.note || "") + "</p>" +
      (hits.length ? '<ol class="ev-list">' + items + "</ol>" :
        "<p>None of them is embedded in this page (size limit); see the evidence table file.</p>");
    panel.querySelector(".ev-close").addEventListener("click", function () { panel.remove(); });
    panel.scrollIntoView({ block: "nearest" });
  }

  function initEvidence() {
    document.addEventListener("click", function (e) {
      var td = e.target.closest && e.target.closest("td[data-ev]");
      if (td) showEvidence(td);
    });
    document.addEventListener("keydown", function (e) {
      var td = e.target.closest && e.target.closest("td[data-ev]");
      if (td && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); showEvidence(td); }
    });
  }

  /* ------------------------------------------------------ keyword in context */

  var WORD = "[\\p{L}\\p{N}]";

  function kwicPattern(query) {
    var words = query.trim().split(/\s+/).filter(Boolean);
    if (!words.length) return null;
    var parts = words.map(function (w) {
      return w.split("*").map(function (p) {
        return p.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
      }).join("[\\p{L}\\p{N}]*(?:['\u2019-][\\p{L}\\p{N}]+)*");
    });
    return new RegExp("(?<!" + WORD + ")" + parts.join("\\s+") + "(?!" + WORD + ")", "giu");
  }

  function voiceAt(runs, pos) {
    for (var i = 0; i < runs.length; i++) {
      if (runs[i][0] <= pos && pos < runs[i][1]) return runs[i][2];
    }
    return 0;
  }

  /* context cut at a word boundary (the same rule as analysis.report.keyword_context) */
  function leftContext(text, a, n) {
    if (a <= n) return text.slice(0, a);
    var s = text.slice(a - n, a);
    if (/\s/.test(text.charAt(a - n - 1))) return s;
    var i = s.search(/\s/);
    return i >= 0 ? s.slice(i + 1) : s;
  }

  function rightContext(text, b, n) {
    if (text.length - b <= n) return text.slice(b);
    var s = text.slice(b, b + n);
    if (/\s/.test(text.charAt(b + n))) return s;
    var i = s.search(/\s\S*$/);
    return i >= 0 ? s.slice(0, i) : s;
  }

  function kwicSearch(data, query, outlet, voice, context) {
    var re = kwicPattern(query);
    var out = [];
    if (!re) return out;
    data.sentences.forEach(function (s) {
      var art = data.articles[s[0]];
      if (outlet !== "" && String(art[0]) !== outlet) return;
      var text = s[1], runs = s[2] || [], m;
      re.lastIndex = 0;
      while ((m = re.exec(text)) !== null) {
        var v = voiceAt(runs, m.index);
        if (voice === "" || String(v) === voice) {
          var a = m.index, b = a + m[0].length;
          out.push([art[0], v, leftContext(text, a, context), text.slice(a, b),
            rightContext(text, b, context), s[0]]);
        }
        if (m[0].length === 0) re.lastIndex++;
      }
    });
    return out;
  }

  function kwicSummary(data, hits) {
    var nv = data.voices.length;
    var rows = data.outlets.map(function () { return new Array(nv).fill(0); });
    hits.forEach(function (h) { rows[h[0]][h[1]] += 1; });
    var head = "<tr><th>" + esc(data.by) + "</th>" + data.voices.map(function (v) {
      return '<th class="num">' + esc(v) + "</th>";
    }).join("") + '<th class="num">sentences searched</th></tr>';
    var body = data.outlets.map(function (o, i) {
      return "<tr><td>" + esc(o) + "</td>" + rows[i].map(function (n) {
        return '<td class="num">' + n + "</td>";
      }).join("") + '<td class="num">' + data.n_sentences[i] + "</td></tr>";
    }).join("");
    return '<table class="kwic-summary"><caption>Matches by ' + esc(data.by) +
      " and voice</caption><thead>" + head + "</thead><tbody>" + body + "</tbody></table>";
  }

  function initKwic(DataTable) {
    document.querySelectorAll(".framing-kwic").forEach(function (box) {
      var data = jsonBlock(box.getAttribute("data-source"));
      var form = box.querySelector("form");
      var status = box.querySelector(".kwic-status");
      var summary = box.querySelector(".kwic-summary-box");
      var results = box.querySelector("table.kwic-results");
      var dt = null;
      form.addEventListener("submit", function (e) {
        e.preventDefault();
        var q = form.elements.q.value;
        var hits = kwicSearch(data, q, form.elements.outlet.value, form.elements.voice.value,
          data.context);
        var shown = hits.slice(0, data.max_results);
        var rows = shown.map(function (h) {
          var art = data.articles[h[5]];
          return [esc(data.outlets[h[0]]), esc(data.voices[h[1]]), esc(h[2]),
            "<mark>" + esc(h[3]) + "</mark>", esc(h[4]), esc(art[1] || art[2])];
        });
        status.textContent = hits.length + " match" + (hits.length === 1 ? "" : "es") +
          " of \u201c" + q.trim() + "\u201d" + (shown.length < hits.length ?
            " (the first " + shown.length + " are listed)" : "") + ".";
        summary.innerHTML = hits.length ? kwicSummary(data, hits) : "";
        if (dt) { dt.clear().rows.add(rows).draw(); }
        else {
          dt = new DataTable(results, { data: rows, order: [], pageLength: 20, autoWidth: false,
            lengthMenu: [10, 20, 50, 100],
            deferRender: true, columns: [{ title: data.by }, { title: "voice" },
              { title: "left context", className: "kwic-left" }, { title: "keyword" },
              { title: "right context" }, { title: "article" }] });
        }
        box.setAttribute("data-kwic-hits", String(hits.length));
      });
      form.querySelectorAll("button, input, select").forEach(function (el) {
        el.disabled = false;
      });
      box.setAttribute("data-framing-ready", "1");
    });
  }

  /* ------------------------------------------------------------------ start */

  function start() {
    initEvidence();
    loadDataTables().then(function (mod) {
      var DataTable = mod.default;
      initTables(DataTable);
      initKwic(DataTable);
      document.documentElement.setAttribute("data-framing-ready", "1");
    }).catch(function (err) {
      console.error("media-framing: interactive tables unavailable: " + err);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
