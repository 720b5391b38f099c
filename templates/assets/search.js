// Briefings search: queries the index written at build time, split into chunks so that a query downloads only what it
// touches (docs/data.md, "The search index"). search/index.js, the manifest, comes with the page; vocabulary files,
// posting chunks and record blocks are loaded as scripts when a query needs them, since browsers refuse fetch() on
// file:// pages. Prefix and typo-tolerant matching over the index's terms, ranked by field weight and rarity; filters
// by kind, speaker, topic, status and date, with or without a query, kept in the page's URL.
// Terms are made with the same rules as Briefings.Search.SearchTokenizer in the tool, which folds with a table
// made from fold and WORD below (src/Briefings/Search/FoldTable.mjs): edit them only with that table.
(function () {
  "use strict";

  var STOP = new Set(("a about after all also an and any are as at be because been before both but by can could do during each " +
    "for from had has have he her his if in into is it its just like may more most much no not now of on only or other our out " +
    "over same she should so some such than that the their them then there these they this those to up very was we well were " +
    "what when where which while who will with would you").split(" "));
  // Every word this script writes comes from the page, in the site's language (search.html, #search-text).
  var TEXT = JSON.parse((document.getElementById("search-text") || {}).textContent || "{}");
  var PLURAL = new Intl.PluralRules(TEXT.language || "en");
  function say(key, values) {
    return (TEXT[key] || "").replace(/\{(\d+)\}/g, function (all, i) { return values && i < values.length ? values[i] : all; });
  }
  function number(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, n >= 1000 ? (TEXT.group || ",") : ""); }
  function counted(n) {
    var forms = TEXT.count || {};
    return (forms[PLURAL.select(n)] || forms.other || "{count}").replace("{count}", number(n));
  }
  // Results shown at a time: each may need a record block of its own, so the first screen stays a few blocks.
  var PAGE = 10;
  var PREFIX_LIMIT = 200;
  // Characters of a record's excerpt shown, around the first word matched.
  var EXCERPT = 200;
  // .NET's DateOnly.DayNumber of 1970-01-01, the days dates.js counts from 1 January of year 1.
  var EPOCH_DAY = 719162;
  var FILTERS = ["kind", "speaker", "topic", "status", "from", "to"];

  var form = document.querySelector(".search-form");
  if (!form) return;
  var input = form.querySelector("input[type=search]");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var panel = document.getElementById("search-filters");
  var root = form.getAttribute("data-root") || "";
  var index = null;

  // Accents off, lower case, and final sigma as any other: "Élysée" and "ÉLYSÉE" are "elysee", "ΟΔΟΣ" is "οδοσ".
  function fold(text) { return text.normalize("NFD").replace(/\p{Mn}/gu, "").toLowerCase().replace(/ς/g, "σ"); }
  var WORD = /[\p{L}\p{N}]+/gu;
  var MAX_TERM = 64;

  function terms(text) {
    return (fold(text).match(WORD) || []).filter(function (t) { return t.length >= 2 && t.length <= MAX_TERM && !STOP.has(t); });
  }

  function lowerBound(array, value) {
    var lo = 0, hi = array.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (array[mid] < value) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  // Optimal string alignment distance, giving up once it exceeds max.
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var prev2 = [], prev = [], cur = [];
    for (var j = 0; j <= b.length; j++) prev[j] = j;
    for (var i = 1; i <= a.length; i++) {
      cur = [i];
      var rowMin = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
        cur[j] = v;
        if (v < rowMin) rowMin = v;
      }
      if (rowMin > max) return max + 1;
      prev2 = prev; prev = cur;
    }
    return prev[b.length];
  }

  // Each chunk is a script that hands its data to briefingsSearchChunk with its own name. A chunk that failed is
  // forgotten, so that the next query tries it again.
  var chunks = new Map();
  var waiting = new Map();
  window.briefingsSearchChunk = function (name, data) {
    var resolve = waiting.get(name);
    if (resolve) { waiting.delete(name); resolve(data); }
  };
  function chunk(name) {
    var promise = chunks.get(name);
    if (promise) return promise;
    promise = new Promise(function (resolve, reject) {
      waiting.set(name, resolve);
      var script = document.createElement("script");
      // The version changes whenever any chunk does, so no cache answers this build's manifest with an older chunk.
      script.src = name + ".js?v=" + index.version;
      function fail() {
        script.remove();
        if (!waiting.has(name)) return;
        waiting.delete(name);
        chunks.delete(name);
        reject(new Error("search/" + name + ".js could not be loaded"));
      }
      script.onload = fail;
      script.onerror = fail;
      document.head.appendChild(script);
    });
    chunks.set(name, promise);
    return promise;
  }

  // A vocabulary file, or null where the index has none for that character.
  function vocabulary(family, unit) {
    var units = index.vocabulary[family] || [];
    var at = lowerBound(units, unit);
    return units[at] === unit ? chunk("v/" + family + unit) : Promise.resolve(null);
  }

  // How a query term matched an index term, from best to worst; each result's data-match names its worst term's.
  var MATCHES = ["exact", "prefix", "typo"];

  // A vocabulary file's chunk -n-1 is a long list's: its head in t/n.js, its tail in r/n.js.
  function place(n, quality, match) {
    return n < 0 ? { quality: quality, match: match, chunk: -n - 1, tail: -n - 1 } : { quality: quality, match: match, chunk: n };
  }

  // Candidate index terms for one query term, each with how well it matches (1 exact, less for prefix or typo) and
  // where its postings are: the words it is a prefix of, then those within typo distance in the order of the
  // whole vocabulary. The vocabulary files searched hold every word within that distance (Vocabulary.cs says why).
  async function candidates(term) {
    var found = new Map();
    var max = term.length >= 8 ? 2 : 1;
    // The typo families are asked for with the first letter's, not after it: one round trip fewer before the first
    // result, which on a phone's network is most of the time a search takes.
    var families = [vocabulary("f", term.charCodeAt(0))];
    if (term.length >= 4) families.push(vocabulary("b", term.charCodeAt(term.length - 1)));
    if (term.length >= 4 && max === 2) for (var s = 0; s < 3; s++) families.push(vocabulary("s", term.charCodeAt(s)));
    // Each is awaited below; until then a failed one must not count as unhandled.
    families.forEach(function (family) { family.catch(function () {}); });
    var first = await families[0];
    if (first) {
      for (var i = lowerBound(first.terms, term); i < first.terms.length && first.terms[i].startsWith(term) && found.size < PREFIX_LIMIT; i++) {
        var word = first.terms[i];
        found.set(word, word === term ? place(first.chunks[i], 1, 0) : place(first.chunks[i], 0.6 + 0.3 * term.length / word.length, 1));
      }
    }
    if (term.length < 4) return found;
    var pool = new Map();
    (await Promise.all(families)).forEach(function (family) {
      if (!family) return;
      family.terms.forEach(function (word, k) { if (!found.has(word)) pool.set(word, family.chunks[k]); });
    });
    Array.from(pool.keys()).sort().forEach(function (word) {
      var d = distance(term, word, max);
      if (d <= max) found.set(word, place(pool.get(word), d === 1 ? 0.5 : 0.3, 2));
    });
    return found;
  }

  // Base64 varints: seven bits a byte, low bits first, the high bit set on all but a number's last byte.
  function varints(base64) {
    var bytes = atob(base64), values = new Int32Array(bytes.length), n = 0, value = 0, shift = 0;
    for (var i = 0; i < bytes.length; i++) {
      var b = bytes.charCodeAt(i);
      value |= (b & 0x7f) << shift;
      if (b & 0x80) { shift += 7; continue; }
      values[n++] = value;
      value = 0; shift = 0;
    }
    return values.subarray(0, n);
  }

  // Postings are varints of (document delta << 2 | field weight), decoded into typed arrays in document order: a
  // common word has tens of thousands at 100,000 briefs, and an object or array pair per posting made ranking it
  // most of the time a phone spent before the first result (bench/lighthouse, search at 100,000 briefs).
  var decoded = new Map();
  var TAILS = "r";
  var NO_POSTINGS = new Int32Array(0);
  async function postings(folder, chunkNumber, term) {
    var key = folder + ":" + term;
    var cached = decoded.get(key);
    if (cached) return cached;
    var data = await chunk(folder + "/" + chunkNumber);
    var at = lowerBound(data.terms, term);
    var values = data.terms[at] === term ? varints(data.postings[at]) : NO_POSTINGS;
    // A head's chunk gives its whole list's count, for the word's rarity.
    var result = { docs: new Int32Array(values.length), weights: new Uint8Array(values.length), count: data.count || values.length }, doc = 0;
    for (var i = 0; i < values.length; i++) {
      doc += values[i] >> 2;
      result.docs[i] = doc;
      result.weights[i] = values[i] & 3;
    }
    decoded.set(key, result);
    return result;
  }

  // Splits work on a common word's tens of thousands of postings into tasks, so the page answers input between them.
  function pause() { return new Promise(function (resolve) { setTimeout(resolve, 0); }); }

  // A candidate's whole list: a long one's head and tail, asked for together, merged in document order.
  async function whole(word, candidate) {
    if (candidate.tail === undefined) return postings("t", candidate.chunk, word);
    var key = "w:" + word;
    var cached = decoded.get(key);
    if (cached) return cached;
    var parts = await Promise.all([postings("t", candidate.chunk, word), postings(TAILS, candidate.tail, word)]);
    await pause();
    var head = parts[0], tail = parts[1], n = head.docs.length + tail.docs.length;
    var result = { docs: new Int32Array(n), weights: new Uint8Array(n), count: n };
    for (var i = 0, h = 0, t = 0; i < n; i++) {
      var fromHead = t >= tail.docs.length || (h < head.docs.length && head.docs[h] < tail.docs[t]);
      var from = fromHead ? head : tail, at = fromHead ? h++ : t++;
      result.docs[i] = from.docs[at];
      result.weights[i] = from.weights[at];
    }
    decoded.set(key, result);
    return result;
  }


  // Scored documents in document order: parallel arrays of document, score and how it matched (an index of MATCHES).
  function Scored() { this.docs = []; this.scores = []; this.matches = []; }
  Scored.prototype.add = function (doc, score, match) { this.docs.push(doc); this.scores.push(score); this.matches.push(match); };

  // One query term's documents, each with its best score over the term's candidates (the first candidate's on a tie).
  function scoreTerm(found, lists, total, allows) {
    var out = new Scored();
    if (found.length === 1) {
      var only = lists[0], candidate = found[0][1], idf = Math.log(1 + total / only.count);
      for (var i = 0; i < only.docs.length; i++) {
        if (!allows || allows(only.docs[i])) out.add(only.docs[i], candidate.quality * only.weights[i] * idf, candidate.match);
      }
      return out;
    }
    // With more than one candidate, their postings are ordered together by document, candidates in their order.
    var entries = [];
    found.forEach(function (entry, k) {
      var candidate = entry[1], list = lists[k], idf = Math.log(1 + total / list.count);
      for (var i = 0; i < list.docs.length; i++) {
        if (allows && !allows(list.docs[i])) continue;
        entries.push([list.docs[i], candidate.quality * list.weights[i] * idf, candidate.match, entries.length]);
      }
    });
    entries.sort(function (a, b) { return a[0] - b[0] || a[3] - b[3]; });
    entries.forEach(function (e) {
      var last = out.docs.length - 1;
      if (last >= 0 && out.docs[last] === e[0]) {
        if (e[1] > out.scores[last]) { out.scores[last] = e[1]; out.matches[last] = e[2]; }
      } else {
        out.add(e[0], e[1], e[2]);
      }
    });
    return out;
  }

  // The documents of every term (all: true) or of any, scores summed in the query's order, walking the terms'
  // document-ordered lists side by side.
  function combine(perTerm, all) {
    var out = new Scored(), at = perTerm.map(function () { return 0; });
    for (;;) {
      var doc = Infinity;
      perTerm.forEach(function (term, k) { if (at[k] < term.docs.length && term.docs[at[k]] < doc) doc = term.docs[at[k]]; });
      if (doc === Infinity) return out;
      var score = 0, match = 0, count = 0;
      perTerm.forEach(function (term, k) {
        if (term.docs[at[k]] !== doc) return;
        score += term.scores[at[k]];
        match = Math.max(match, term.matches[at[k]]);
        count++;
        at[k]++;
      });
      if (!all || count === perTerm.length) out.add(doc, score, match);
    }
  }

  // The query's ranked documents, each { doc, score, match }, among those the filter allows; and the index terms it
  // matched, to mark in the records shown.
  // A one-word query with long lists hands early the first page if their heads prove it, before asking for the tails.
  async function rank(queryTerms, allows, early, size) {
    var total = index.starts[index.starts.length - 1];
    var matched = new Set();
    var perTerm = await Promise.all(queryTerms.map(async function (term) {
      var found = Array.from((await candidates(term)).entries());
      found.forEach(function (entry) { matched.add(entry[0]); });
      if (early && queryTerms.length === 1 && found.some(function (entry) { return entry[1].tail !== undefined; })) {
        var heads = await Promise.all(found.map(function (entry) { return postings("t", entry[1].chunk, entry[0]); }));
        var page = firstPage(found, heads, total, allows, size);
        if (page) await early(page, matched);
      }
      var lists = await Promise.all(found.map(function (entry) { return whole(entry[0], entry[1]); }));
      await pause();
      return scoreTerm(found, lists, total, allows);
    }));
    // Every query term must match; if no document has them all, fall back to any.
    var scored = perTerm.length === 1 ? perTerm[0] : combine(perTerm, true);
    if (scored.docs.length === 0) scored = combine(perTerm, false);
    await pause();
    var order = scored.docs.map(function (_, i) { return i; });
    // Documents are in order already, so the lower number comes first among equal scores.
    order.sort(function (a, b) { return scored.scores[b] - scored.scores[a] || a - b; });
    var results = order.map(function (i) { return { doc: scored.docs[i], score: scored.scores[i], match: MATCHES[scored.matches[i]] }; });
    return { results: results, matched: matched };
  }

  // The first size results of a one-word query from its lists' heads, or null unless the tails cannot change them: a
  // tail has the head's weakest weight only after the head's last document of it (PostingHeads.cs), so it gives a
  // document at most bound, or lower up to after. Ties count as changes unless the document order settles them.
  function firstPage(found, heads, total, allows, size) {
    var best = new Map(), tails = [];
    found.forEach(function (entry, k) {
      var candidate = entry[1], list = heads[k], idf = Math.log(1 + total / list.count);
      for (var i = 0; i < list.docs.length; i++) {
        var doc = list.docs[i];
        if (allows && !allows(doc)) continue;
        var score = candidate.quality * list.weights[i] * idf, known = best.get(doc);
        if (!known || score > known.score) best.set(doc, { score: score, match: candidate.match });
      }
      if (candidate.tail === undefined) return;
      var weakest = 3, after = -1;
      for (i = 0; i < list.docs.length; i++) {
        if (list.weights[i] < weakest) { weakest = list.weights[i]; after = -1; }
        if (list.weights[i] === weakest) after = list.docs[i];
      }
      tails.push({ head: list.docs, bound: candidate.quality * weakest * idf, lower: candidate.quality * (weakest - 1) * idf, after: after });
    });
    // The most a document's tails may give it: none (-Infinity) for one in every head.
    function most(doc) {
      var m = -Infinity;
      tails.forEach(function (tail) {
        if (tail.head[lowerBound(tail.head, doc)] === doc) return;
        m = Math.max(m, doc > tail.after ? tail.bound : tail.lower);
      });
      return m;
    }
    var seen = Array.from(best.keys()).sort(function (a, b) { return best.get(b).score - best.get(a).score || a - b; });
    if (seen.length < size) return null;
    var lastDoc = seen[size - 1], last = best.get(lastDoc).score;
    for (var i = 0; i < seen.length; i++) {
      var limit = most(seen[i]);
      if (i < size ? limit >= best.get(seen[i]).score : limit > last || (limit === last && seen[i] < lastDoc)) return null;
    }
    // A document in no head: the first after a tail's after may reach its bound; any other, its lower.
    var open = tails.some(function (tail) {
      return tail.bound > last || (tail.bound === last && tail.after + 1 < lastDoc) || tail.lower >= last;
    });
    if (open) return null;
    return seen.slice(0, size).map(function (doc) { return { doc: doc, score: best.get(doc).score, match: MATCHES[best.get(doc).match] }; });
  }

  // The days of a yyyy-mm-dd date as dates.js counts them, or null for none.
  function dayNumber(text) {
    var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || "");
    return parts ? Date.UTC(+parts[1], +parts[2] - 1, +parts[3]) / 86400000 + EPOCH_DAY : null;
  }

  // The documents of one dated kind within [from, to]: its documents come newest first, so they are one range.
  function dateRange(kind, runs, from, to) {
    var values = varints(runs), id = index.starts[index.kinds.indexOf(kind)], lo = id, hi = id, day = 0;
    for (var i = 0; i < values.length; i += 2) {
      day = i === 0 ? values[i] : day - values[i];
      var count = values[i + 1];
      if (day > to) lo = id + count;
      if (day >= from) hi = id + count;
      id += count;
    }
    return [lo, Math.max(lo, hi)];
  }

  // What the filters allow: ranges of document numbers (kind, dates) and posting lists (speaker, topic, status).
  async function filterFor(state) {
    var ranges = [[0, index.starts[index.starts.length - 1]]];
    if (state.kind) {
      var k = index.kinds.indexOf(state.kind);
      ranges = k < 0 ? [] : [[index.starts[k], index.starts[k + 1]]];
    }
    if (state.from || state.to) {
      var dates = await chunk("dates");
      var from = dayNumber(state.from), to = dayNumber(state.to);
      var dated = Object.keys(dates).map(function (kind) {
        return dateRange(kind, dates[kind], from === null ? -Infinity : from, to === null ? Infinity : to);
      });
      ranges = intersect(ranges, dated);
    }
    var lists = [];
    var named = ["speaker", "topic", "status"].filter(function (name) { return state[name]; });
    if (named.length) {
      var facets = await chunk("facets");
      lists = await Promise.all(named.map(function (name) {
        var value = (facets[name] || []).find(function (v) { return v[0] === state[name]; });
        if (!value) return [];
        return postings("f", value[2], name + ":" + value[0]).then(function (list) { return list.docs; });
      }));
    }
    var sets = lists.map(function (docs) { return new Set(docs); });
    function allows(doc) {
      return ranges.some(function (r) { return doc >= r[0] && doc < r[1]; }) && sets.every(function (set) { return set.has(doc); });
    }
    return { ranges: ranges, lists: lists, allows: allows };
  }

  function intersect(a, b) {
    var out = [];
    a.forEach(function (x) {
      b.forEach(function (y) {
        var lo = Math.max(x[0], y[0]), hi = Math.min(x[1], y[1]);
        if (lo < hi) out.push([lo, hi]);
      });
    });
    return out;
  }

  // Without a query: every document the filters allow, in the index's order (each kind newest first).
  function listed(filter) {
    var docs = [];
    if (filter.lists.length) {
      var shortest = filter.lists.reduce(function (a, b) { return a.length <= b.length ? a : b; });
      shortest.forEach(function (doc) { if (filter.allows(doc)) docs.push(doc); });
    } else {
      filter.ranges.slice().sort(function (a, b) { return a[0] - b[0]; }).forEach(function (r) {
        for (var doc = r[0]; doc < r[1]; doc++) docs.push(doc);
      });
    }
    return docs.map(function (doc) { return { doc: doc, score: 0, match: null }; });
  }

  // early, if given, may be handed the first page of results before the rest are ranked (rank says when).
  async function find(state, early, size) {
    var queryTerms = terms(state.q);
    var filtered = FILTERS.some(function (name) { return state[name]; });
    var filter = filtered ? await filterFor(state) : null;
    if (queryTerms.length) return rank(queryTerms, filter && filter.allows, early, size || PAGE);
    return { results: filter ? listed(filter) : [], matched: new Set() };
  }

  function record(doc) {
    var block = Math.floor(doc / index.block);
    return chunk("d/" + block).then(function (records) { return records[doc - block * index.block]; });
  }

  function kindOf(doc) {
    for (var k = index.kinds.length - 1; k >= 0; k--) if (doc >= index.starts[k]) return index.kinds[k];
    return "";
  }

  // The text as runs, each { text, marked, at }: a word is marked where one of its folded terms was matched.
  function runs(text, matched) {
    var out = [], at = 0, word = /[\p{L}\p{N}\p{M}]+/gu, m;
    while ((m = word.exec(text)) !== null) {
      var hit = (fold(m[0]).match(WORD) || []).some(function (t) { return matched.has(t); });
      if (!hit) continue;
      if (m.index > at) out.push({ text: text.slice(at, m.index), marked: false, at: at });
      out.push({ text: m[0], marked: true, at: m.index });
      at = m.index + m[0].length;
    }
    if (at < text.length) out.push({ text: text.slice(at), marked: false, at: at });
    return out;
  }

  // A window of the excerpt around its first marked word, cut at spaces, with "…" where it was cut.
  function excerpt(text, matched) {
    if (text.length <= EXCERPT) return text;
    var first = runs(text, matched).find(function (run) { return run.marked; });
    var start = first ? Math.max(0, first.at - 60) : 0;
    if (start > 0) start = text.indexOf(" ", start) + 1 || start;
    var end = Math.min(text.length, start + EXCERPT);
    if (end < text.length) end = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : end;
    return (start > 0 ? "…" : "") + text.slice(start, end) + (end < text.length && text[end - 1] !== "…" ? "…" : "");
  }

  // Marked text as elements: text nodes and <mark>s, never HTML, so nothing in the content can inject markup.
  function appendMarked(parent, text, matched) {
    runs(text, matched).forEach(function (run) {
      if (!run.marked) { parent.appendChild(document.createTextNode(run.text)); return; }
      var mark = document.createElement("mark");
      mark.textContent = run.text;
      parent.appendChild(mark);
    });
  }

  function href(url) {
    var hash = url.indexOf("#");
    return hash < 0 ? root + url + "index.html" : root + url.slice(0, hash) + "index.html" + url.slice(hash);
  }

  function item(result, rec, matched) {
    var kind = kindOf(result.doc);
    var li = document.createElement("li");
    li.className = "search-result search-" + kind;
    if (result.match) li.setAttribute("data-match", result.match);
    var label = document.createElement("span");
    label.className = "search-kind";
    label.textContent = TEXT["result_" + kind] || kind;
    var link = document.createElement("a");
    link.href = href(rec[1]);
    appendMarked(link, rec[0], matched);
    li.appendChild(label);
    li.appendChild(document.createTextNode(" "));
    li.appendChild(link);
    if (rec[2]) {
      var sub = document.createElement("p");
      sub.className = "search-sub";
      sub.textContent = rec[2];
      li.appendChild(sub);
    }
    if (rec[3]) {
      var text = document.createElement("p");
      text.className = "search-excerpt";
      appendMarked(text, excerpt(rec[3], matched), matched);
      li.appendChild(text);
    }
    return li;
  }

  var controls = {};
  FILTERS.forEach(function (name) { controls[name] = form.elements.namedItem(name); });

  function readState() {
    var state = { q: input.value };
    FILTERS.forEach(function (name) { state[name] = controls[name] ? controls[name].value : ""; });
    return state;
  }

  function filtered(state) { return FILTERS.some(function (name) { return state[name]; }); }

  // The query and filters in the page's URL, so that a result list can be shared.
  function remember(state) {
    var url = new URL(window.location.href);
    ["q"].concat(FILTERS).forEach(function (name) {
      if (state[name]) url.searchParams.set(name, state[name]); else url.searchParams.delete(name);
    });
    window.history.replaceState(null, "", url);
  }

  // The speaker and topic lists, filled from facets.js once the filters are opened or one is in the URL.
  var facetsShown = null;
  function showFacets() {
    if (facetsShown) return facetsShown;
    facetsShown = chunk("facets").then(function (facets) {
      ["speaker", "topic"].forEach(function (name) {
        var select = controls[name];
        if (!select) return;
        var chosen = select.getAttribute("data-value") || select.value;
        (facets[name] || []).forEach(function (value) {
          var option = document.createElement("option");
          option.value = value[0];
          option.textContent = value[1];
          select.appendChild(option);
        });
        select.value = chosen;
        select.removeAttribute("data-value");
      });
    }, function (error) { facetsShown = null; throw error; });
    return facetsShown;
  }

  var current = null;
  var generation = 0;

  // After the next paint (the second frame comes after the first is drawn), or 0.2 s in a hidden tab, which draws none.
  function painted() {
    return new Promise(function (resolve) {
      var timer = setTimeout(resolve, 200);
      requestAnimationFrame(function () { requestAnimationFrame(function () { clearTimeout(timer); resolve(); }); });
    });
  }

  async function showNext(view) {
    var batch = view.results.slice(view.shown, view.shown + PAGE);
    var records = await Promise.all(batch.map(function (result) { return record(result.doc); }));
    if (view !== current) return null;
    var first = null;
    batch.forEach(function (result, k) {
      var li = item(result, records[k], view.matched);
      first = first || li.querySelector("a");
      list.appendChild(li);
    });
    view.shown += batch.length;
    more.hidden = view.shown >= view.results.length;
    return first;
  }

  function describe(state, count) {
    var what = terms(state.q).length ? say("for_query", [state.q]) : "";
    var filters = filtered(state) ? say(what ? "with_filters" : "for_filters") : "";
    if (count === 0) return say("no_results", [what + filters]);
    return say("results", [counted(count), what + filters]);
  }

  async function run() {
    var state = readState();
    remember(state);
    var mine = ++generation;
    current = null;
    if (!terms(state.q).length && !filtered(state)) {
      list.textContent = "";
      more.hidden = true;
      status.textContent = "";
      return;
    }
    list.setAttribute("aria-busy", "true");
    // A first page proven early is shown before the tails load, so they do not slow its record blocks.
    var early = null;
    async function showEarly(page, matched) {
      if (mine !== generation) return;
      early = current = { results: page, matched: matched, shown: 0 };
      list.textContent = "";
      await showNext(early);
      await painted();
    }
    try {
      var found = await find(state, showEarly);
      if (mine !== generation) return;
      var kept = early !== null && early === current && early.results.every(function (result, k) {
        return found.results[k] && found.results[k].doc === result.doc;
      });
      current = { results: found.results, matched: found.matched, shown: kept ? early.shown : 0 };
      if (kept) {
        more.hidden = current.shown >= current.results.length;
      } else {
        list.textContent = "";
        await showNext(current);
      }
      if (mine !== generation) return;
      status.textContent = describe(state, found.results.length);
    } catch (error) {
      if (mine !== generation) return;
      list.textContent = "";
      more.hidden = true;
      status.textContent = say("failed");
    } finally {
      if (mine === generation) list.removeAttribute("aria-busy");
    }
  }

  // Typing searches as it goes, once the typing pauses: each keystroke would otherwise load the chunks of a prefix
  // the next keystroke makes useless.
  var timer = 0;
  function soon() { clearTimeout(timer); timer = setTimeout(run, 150); }

  form.addEventListener("submit", function (event) { event.preventDefault(); clearTimeout(timer); run(); });
  input.addEventListener("input", soon);
  FILTERS.forEach(function (name) { if (controls[name]) controls[name].addEventListener("change", run); });
  var clear = document.getElementById("search-clear");
  if (clear) clear.addEventListener("click", function () {
    FILTERS.forEach(function (name) { if (controls[name]) controls[name].value = ""; });
    run();
  });
  if (panel) panel.addEventListener("toggle", function () { if (panel.open) showFacets().catch(function () {}); });
  more.addEventListener("click", function () {
    if (!current) return;
    showNext(current).then(function (first) { if (first) first.focus(); }, function () {
      status.textContent = say("failed");
    });
  });

  // Arrow keys move between the search box and the results; Tab works as everywhere else.
  form.parentNode.addEventListener("keydown", function (event) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    if (event.target !== input && !list.contains(event.target)) return;
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    if (links.length === 0) return;
    var at = links.indexOf(document.activeElement);
    if (event.key === "ArrowDown") {
      (at < 0 ? links[0] : links[Math.min(at + 1, links.length - 1)]).focus();
    } else if (at <= 0) {
      input.focus();
    } else {
      links[at - 1].focus();
    }
    event.preventDefault();
  });

  // For tests and the curious: the query folding, to hold against the tool's (tests/…/Search/FoldingCases.json), and
  // every result of a query and filters, as the page ranks them, with each result's record.
  window.briefingsSearch = {
    fold: fold,
    terms: terms,
    results: async function (state) {
      return described((await find(complete(state))).results);
    },
    // The first page as shown before the whole ranking, or null where there is none.
    firstPage: async function (state, size) {
      var page = null;
      await find(complete(state), function (results) { page = results; }, size);
      return page && described(page);
    }
  };

  function complete(state) {
    var full = { q: (state && state.q) || "" };
    FILTERS.forEach(function (name) { full[name] = (state && state[name]) || ""; });
    return full;
  }

  function described(results) {
    return Promise.all(results.map(async function (result) {
      var rec = await record(result.doc);
      return { doc: result.doc, kind: kindOf(result.doc), url: rec[1], title: rec[0], score: result.score, match: result.match };
    }));
  }

  // search/index.js, loaded before this script, assigns the manifest built by the tool.
  index = window.briefingsSearchIndex || null;
  if (!index || index.format !== 3) {
    status.textContent = say("failed");
    return;
  }
  var params = new URL(window.location.href).searchParams;
  if (params.get("q")) input.value = params.get("q");
  var fromUrl = false;
  FILTERS.forEach(function (name) {
    var value = params.get(name);
    if (!value || !controls[name]) return;
    fromUrl = true;
    // A speaker or topic is chosen once its list is filled; until then the value waits on the element.
    controls[name].setAttribute("data-value", value);
    controls[name].value = value;
  });
  if (fromUrl && panel) panel.open = true;
  var ready = fromUrl && (params.get("speaker") || params.get("topic")) ? showFacets() : Promise.resolve();
  ready.catch(function () {}).then(function () {
    if (input.value || fromUrl) run();
  });
})();
