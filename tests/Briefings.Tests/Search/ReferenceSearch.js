// The search of templates/assets/search.js as it was before the index was split (format 1), over one whole index:
// the reference SearchChunksBrowserTests holds the split index's ranking to. Kept as it was, except that it takes the
// index as an argument, needs no page, and returns every result with its score rather than the first fifty.
// index: { count, urls: [url by document], terms: [sorted], postings: [base64 varints of (document delta << 2 | weight)] }
window.referenceSearch = (function () {
  "use strict";

  var STOP = new Set(("a about after all also an and any are as at be because been before both but by can could do during each " +
    "for from had has have he her his if in into is it its just like may more most much no not now of on only or other our out " +
    "over same she should so some such than that the their them then there these they this those to up very was we well were " +
    "what when where which while who will with would you").split(" "));

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

  var MATCHES = ["exact", "prefix", "typo"];

  function candidates(index, term) {
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

  function postings(index, termIndex) {
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
    return result;
  }

  return function search(index, query) {
    var queryTerms = terms(query);
    if (queryTerms.length === 0) return [];
    var total = index.count;
    var perTerm = queryTerms.map(function (term) {
      var scores = new Map();
      candidates(index, term).forEach(function (candidate, termIndex) {
        var list = postings(index, termIndex);
        var idf = Math.log(1 + total / (list.length / 2));
        for (var i = 0; i < list.length; i += 2) {
          var score = candidate.quality * list[i + 1] * idf;
          var best = scores.get(list[i]);
          if (!best || score > best.score) scores.set(list[i], { score: score, match: candidate.match });
        }
      });
      return scores;
    });
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
      .map(function (entry) { return { doc: entry[0], url: index.urls[entry[0]], score: entry[1].score, match: MATCHES[entry[1].match] }; });
  };
})();
