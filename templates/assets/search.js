// Briefings search: queries the inverted index written at build time (search/index.js).
// Prefix and typo-tolerant matching over the index's terms, ranked by field weight and rarity.
// Terms are made with the same rules as Briefings.Search.SearchTokenizer in the tool, which folds with a table
// made from fold and WORD below (src/Briefings/Search/FoldTable.mjs): edit them only with that table.
(function () {
  "use strict";

  var STOP = new Set(("a about after all also an and any are as at be because been before both but by can could do during each " +
    "for from had has have he her his if in into is it its just like may more most much no not now of on only or other our out " +
    "over same she should so some such than that the their them then there these they this those to up very was we well were " +
    "what when where which while who will with would you").split(" "));
  var KIND_LABELS = { brief: "Brief", person: "Person", organization: "Organization", quote: "Quote", commitment: "Commitment" };
  var LIMIT = 50;

  var form = document.querySelector(".search-form");
  if (!form) return;
  var input = form.querySelector("input[type=search]");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var root = form.getAttribute("data-root") || "";
  var index = null;
  var decoded = new Map();

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

  // How a query term matched an index term, from best to worst; each result's data-match names its worst term's.
  var MATCHES = ["exact", "prefix", "typo"];

  // Candidate index terms for one query term, each with how well it matches (1 exact, less for prefix or typo).
  function candidates(term) {
    var found = new Map();
    var vocab = index.terms;
    var at = lowerBound(vocab, term);
    for (var i = at; i < vocab.length && vocab[i].startsWith(term) && found.size < 200; i++) {
      found.set(i, vocab[i] === term ? { quality: 1, match: 0 } : { quality: 0.6 + 0.3 * term.length / vocab[i].length, match: 1 });
    }
    if (term.length >= 4) {
      var max = term.length >= 8 ? 2 : 1;
      for (i = 0; i < vocab.length; i++) {
        if (found.has(i)) continue;
        var d = distance(term, vocab[i], max);
        if (d <= max) found.set(i, { quality: d === 1 ? 0.5 : 0.3, match: 2 });
      }
    }
    return found;
  }

  // Postings are base64 varints of (document delta << 2 | field weight).
  function postings(termIndex) {
    var cached = decoded.get(termIndex);
    if (cached) return cached;
    var bytes = atob(index.postings[termIndex]);
    var result = [], doc = 0, value = 0, shift = 0;
    for (var i = 0; i < bytes.length; i++) {
      var b = bytes.charCodeAt(i);
      value |= (b & 0x7f) << shift;
      if (b & 0x80) { shift += 7; continue; }
      doc += value >> 2;
      result.push(doc, value & 3);
      value = 0; shift = 0;
    }
    decoded.set(termIndex, result);
    return result;
  }

  function search(query) {
    var queryTerms = terms(query);
    if (queryTerms.length === 0) return [];
    var total = index.docs.length;
    // Per query term, each document's best score and how the term matched there.
    var perTerm = queryTerms.map(function (term) {
      var scores = new Map();
      candidates(term).forEach(function (candidate, termIndex) {
        var list = postings(termIndex);
        var idf = Math.log(1 + total / (list.length / 2));
        for (var i = 0; i < list.length; i += 2) {
          var score = candidate.quality * list[i + 1] * idf;
          var best = scores.get(list[i]);
          if (!best || score > best.score) scores.set(list[i], { score: score, match: candidate.match });
        }
      });
      return scores;
    });
    // Every query term must match; if no document has them all, fall back to any.
    var combined = new Map();
    perTerm[0].forEach(function (hit, doc) {
      var sum = { score: hit.score, match: hit.match };
      for (var k = 1; k < perTerm.length; k++) {
        var other = perTerm[k].get(doc);
        if (other === undefined) return;
        sum.score += other.score;
        sum.match = Math.max(sum.match, other.match);
      }
      combined.set(doc, sum);
    });
    if (combined.size === 0) {
      perTerm.forEach(function (scores) {
        scores.forEach(function (hit, doc) {
          var sum = combined.get(doc) || { score: 0, match: 0 };
          combined.set(doc, { score: sum.score + hit.score, match: Math.max(sum.match, hit.match) });
        });
      });
    }
    return Array.from(combined.entries())
      .sort(function (a, b) { return b[1].score - a[1].score || a[0] - b[0]; })
      .slice(0, LIMIT)
      .map(function (entry) { return { doc: index.docs[entry[0]], match: MATCHES[entry[1].match] }; });
  }

  function show(query) {
    list.textContent = "";
    if (!query.trim()) { status.textContent = ""; return; }
    var results = search(query);
    status.textContent = results.length === 0
      ? "No results for “" + query + "”."
      : results.length + (results.length === LIMIT ? "+" : "") + (results.length === 1 ? " result" : " results") + " for “" + query + "”.";
    results.forEach(function (result) {
      var doc = result.doc;
      var kind = index.kinds[doc[0]];
      var item = document.createElement("li");
      item.className = "search-result search-" + kind;
      item.setAttribute("data-match", result.match);
      var label = document.createElement("span");
      label.className = "search-kind";
      label.textContent = KIND_LABELS[kind] || kind;
      var link = document.createElement("a");
      var hash = doc[2].indexOf("#");
      link.href = hash < 0 ? root + doc[2] + "index.html" : root + doc[2].slice(0, hash) + "index.html" + doc[2].slice(hash);
      link.textContent = doc[1];
      item.appendChild(label);
      item.appendChild(document.createTextNode(" "));
      item.appendChild(link);
      if (doc[3]) {
        var sub = document.createElement("p");
        sub.className = "search-sub";
        sub.textContent = doc[3];
        item.appendChild(sub);
      }
      list.appendChild(item);
    });
  }

  function run() {
    var query = input.value;
    if (index) show(query);
    var url = new URL(window.location.href);
    if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
    window.history.replaceState(null, "", url);
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
  input.addEventListener("input", run);
  // Arrow keys move between the search box and the results; Tab works as everywhere else.
  form.parentNode.addEventListener("keydown", function (event) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
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

  // For tests and the curious: the query folding, to hold against the tool's (tests/…/Search/FoldingCases.json).
  window.briefingsSearch = { fold: fold, terms: terms };

  // search/index.js, loaded before this script, assigns the index built by the tool.
  index = window.briefingsSearchIndex || null;
  if (!index) {
    status.textContent = "The search index could not be loaded. Browse the briefs instead.";
    return;
  }
  var initial = new URL(window.location.href).searchParams.get("q");
  if (initial) input.value = initial;
  if (input.value) show(input.value);
})();
