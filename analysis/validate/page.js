// The offline coding page: one item at a time, coded with the keyboard, progress kept in the
// browser's localStorage, exported as CSV (the sheet's columns + coder_<name>, note_<name>).
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("sheet-data").textContent);
  var cols = data.columns, rows = data.rows, col = {};
  cols.forEach(function (c, i) { col[c] = i; });
  var $ = function (id) { return document.getElementById(id); };
  var state = { coder: "", codes: {}, notes: {}, pos: 0 };
  var store = null;
  try { store = window.localStorage; store.setItem(data.key + ":probe", "1"); }
  catch (e) { store = null; $("store-warning").hidden = false; }

  function get(r, name) { return name in col ? rows[r][col[name]] : ""; }
  function id(r) { return get(r, "item_id") || String(r); }
  function save() {
    if (store) {
      store.setItem(data.key + ":" + state.coder,
        JSON.stringify({ codes: state.codes, notes: state.notes, pos: state.pos }));
    }
  }
  function load(coder) {
    state = { coder: coder, codes: {}, notes: {}, pos: 0 };
    var saved = store && store.getItem(data.key + ":" + coder);
    if (saved) {
      var s = JSON.parse(saved);
      state.codes = s.codes || {}; state.notes = s.notes || {}; state.pos = s.pos || 0;
    }
    if (store) { store.setItem(data.key + ":last-coder", coder); }
  }
  function nCoded() {
    var n = 0;
    for (var r = 0; r < rows.length; r++) { if (state.codes[id(r)]) { n++; } }
    return n;
  }
  function text(el, s) { el.textContent = s; }

  function show() {
    var r = state.pos, entry = data.codebook[get(r, "detector")] || data.generic;
    var nonhit = get(r, "kind") === "non-hit";
    text($("progress"), nCoded() + " / " + rows.length + " coded");
    text($("pos"), "item " + (r + 1) + " of " + rows.length);
    text($("detector"), get(r, "detector"));
    text($("kind"), nonhit ? "non-hit" : "hit");
    var code = state.codes[id(r)];
    text($("status"), code === "1" ? "coded: right" : code === "0" ? "coded: wrong"
      : code === "u" ? "coded: unsure" : "not coded");
    text($("question"), nonhit ? entry.nonhit_question : entry.hit_question);
    text($("decision"), get(r, "label"));
    var ctx = Array.from(get(r, "context")), off = parseInt(get(r, "context_start"), 10) || 0;
    var s = parseInt(get(r, "start"), 10) - off, e = parseInt(get(r, "end"), 10) - off;
    var box = $("context");
    box.textContent = "";
    if (!(s >= 0 && e >= s && e <= ctx.length)) { s = 0; e = 0; }
    box.appendChild(document.createTextNode(ctx.slice(0, s).join("")));
    var mark = document.createElement("mark");
    mark.textContent = ctx.slice(s, e).join("");
    box.appendChild(mark);
    box.appendChild(document.createTextNode(ctx.slice(e).join("")));
    ["1", "0", "u"].forEach(function (c) {
      document.querySelector('[data-code="' + c + '"]').classList.toggle("chosen", code === c);
    });
    $("note").value = state.notes[id(r)] || "";
    var defs = $("defs");
    defs.textContent = "";
    [["Right", nonhit ? entry.nonhit_right : entry.right],
     ["Wrong", nonhit ? entry.nonhit_wrong : entry.wrong],
     ["Unsure", entry.unsure]].forEach(function (d) {
      var dt = document.createElement("dt"), dd = document.createElement("dd");
      dt.textContent = d[0]; dd.textContent = d[1]; defs.appendChild(dt); defs.appendChild(dd);
    });
  }
  function go(pos) { state.pos = Math.max(0, Math.min(rows.length - 1, pos)); save(); show(); }
  function setCode(c) {
    state.codes[id(state.pos)] = c;
    var note = $("note").value.trim();
    if (note) { state.notes[id(state.pos)] = note; }
    save();
    if (state.pos < rows.length - 1) { go(state.pos + 1); } else { show(); }
  }
  function saveNote() {
    var note = $("note").value.trim();
    if (note) { state.notes[id(state.pos)] = note; } else { delete state.notes[id(state.pos)]; }
    save(); $("note").blur(); show();
  }

  function csvField(v) {
    v = v === undefined || v === null ? "" : String(v);
    return /[",\r\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
  }
  function exportCsv() {
    var codeCol = "coder_" + state.coder, noteCol = "note_" + state.coder;
    var keep = cols.filter(function (c) { return c !== codeCol && c !== noteCol; });
    var lines = [keep.concat([codeCol, noteCol]).map(csvField).join(",")];
    for (var r = 0; r < rows.length; r++) {
      var c = state.codes[id(r)], note = state.notes[id(r)] || "";
      if (c === "u") { note = note ? "unsure: " + note : "unsure"; }
      var vals = keep.map(function (k) { return rows[r][col[k]]; });
      vals.push(c === "1" || c === "0" ? c : "", note);
      lines.push(vals.map(csvField).join(","));
    }
    var blob = new Blob([lines.join("\r\n") + "\r\n"], { type: "text/csv;charset=utf-8" });
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = data.stem + "-coded-" + state.coder + ".csv";
    document.body.appendChild(a); a.click(); document.body.removeChild(a);
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
  }

  function begin() {
    var name = $("coder").value.trim();
    if (!/^[A-Za-z0-9_]+$/.test(name)) {
      $("coder-error").hidden = false;
      text($("coder-error"), "Use letters, digits and _ only (it becomes the column coder_<name>).");
      return;
    }
    load(name);
    text($("coder-shown"), "coder: " + name);
    // blur before hiding: a hidden input keeps the focus until the next rendering update, and a
    // code key pressed before it would be typed into the name field, not code the first item
    $("coder").blur();
    $("start").hidden = true; $("item").hidden = false;
    go(state.pos);
  }

  $("begin").addEventListener("click", begin);
  $("coder").addEventListener("keydown", function (ev) { if (ev.key === "Enter") { begin(); } });
  $("export").addEventListener("click", function () { if (state.coder) { exportCsv(); } });
  Array.prototype.forEach.call(document.querySelectorAll("#codes button"), function (b) {
    b.addEventListener("click", function () { setCode(b.getAttribute("data-code")); });
  });
  $("note").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" || ev.key === "Escape") { ev.preventDefault(); saveNote(); }
  });
  document.addEventListener("keydown", function (ev) {
    if (!state.coder || ev.target.tagName === "INPUT" || ev.ctrlKey || ev.metaKey || ev.altKey) {
      return;
    }
    var k = ev.key, done = true;
    if (k === "r" || k === "1") { setCode("1"); }
    else if (k === "w" || k === "0") { setCode("0"); }
    else if (k === "u" || k === "?") { setCode("u"); }
    else if (k === "n") { $("note").focus(); }
    else if (k === "ArrowRight") { go(state.pos + 1); }
    else if (k === "ArrowLeft") { go(state.pos - 1); }
    else if (k === "e") { exportCsv(); }
    else { done = false; }
    if (done) { ev.preventDefault(); }
  });
  var last = store && store.getItem(data.key + ":last-coder");
  if (last) { $("coder").value = last; }
  $("coder").focus();
})();
