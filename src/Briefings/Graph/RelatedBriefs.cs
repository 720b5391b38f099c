using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Briefings.Content;

namespace Briefings.Graph;

/// <summary>
/// Ranks each brief's related briefs by shared people (worth two) and shared topics (worth one), among the briefs
/// nearest to it in time: the <see cref="Window"/> before it and the <see cref="Window"/> after it. An inverted index
/// from person and topic to briefs finds them, so the work grows with the overlap, not with the square of the number
/// of briefs; the window bounds the overlap, which without it grew with the site, as every brief sharing a topic with
/// thousands of others scored them all (bench/README.md, "Related briefs").
/// </summary>
internal static class RelatedBriefs
{
    public const int Limit = 5;

    /// <summary>Briefs on each side, in the newest-first order, that may be related: about a year of a busy newsroom's.</summary>
    public const int Window = 10_000;

    public static void Fill(IReadOnlyList<BriefNode> briefs, int window = Window)
    {
        if (briefs.Count == 0)
        {
            return;
        }

        var position = new Dictionary<BriefNode, int>(briefs.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < briefs.Count; i++)
        {
            position[briefs[i]] = i;
        }

        var byPerson = Postings(briefs, b => b.People.Select(p => p.Key), position);
        var byTopic = Postings(briefs, b => b.Topics.Select(t => t.Key), position);

        // Each range keeps its score table and candidate list, cleared after every brief, not reallocated.
        Parallel.ForEach(Partitioner.Create(0, briefs.Count), range =>
        {
            var scores = new int[briefs.Count];
            var touched = new List<int>();
            Span<int> best = stackalloc int[Limit];
            for (var i = range.Item1; i < range.Item2; i++)
            {
                var brief = briefs[i];
                var (from, to) = (i - window, i + window);
                foreach (var person in brief.People)
                {
                    Score(byPerson[person.Key], i, from, to, 2, scores, touched);
                }

                foreach (var topic in brief.Topics)
                {
                    Score(byTopic[topic.Key], i, from, to, 1, scores, touched);
                }

                var candidates = CollectionsMarshal.AsSpan(touched);
                var count = Top(candidates, scores, best);
                var related = new List<BriefNode>(count);
                foreach (var k in best[..count])
                {
                    related.Add(briefs[k]);
                }

                brief.Related = related;
                foreach (var k in candidates)
                {
                    scores[k] = 0;
                }

                touched.Clear();
            }
        });
    }

    /// <summary>
    /// Adds <paramref name="weight"/> to every brief of a posting between <paramref name="from"/> and <paramref name="to"/>
    /// but the brief itself, noting each first touch. Postings are in position order, so the range is found by halving.
    /// </summary>
    private static void Score(int[] posting, int self, int from, int to, int weight, int[] scores, List<int> touched)
    {
        var start = posting.AsSpan().BinarySearch(from);
        for (var k = start < 0 ? ~start : start; k < posting.Length && posting[k] <= to; k++)
        {
            var other = posting[k];
            if (other == self)
            {
                continue;
            }

            if (scores[other] == 0)
            {
                touched.Add(other);
            }

            scores[other] += weight;
        }
    }

    /// <summary>
    /// The <see cref="Limit"/> best-scored briefs into <paramref name="best"/>, best first, and how many there are: one
    /// pass that keeps a small sorted list instead of sorting every candidate, as a popular topic touches thousands.
    /// Briefs are in newest-first order, so on equal scores the lower position, the newer brief, wins.
    /// </summary>
    private static int Top(ReadOnlySpan<int> candidates, int[] scores, Span<int> best)
    {
        var count = 0;
        // The last of a full list, which a candidate must beat to get in: most lose at this one comparison.
        var last = int.MaxValue;
        var lastScore = int.MinValue;
        foreach (var candidate in candidates)
        {
            var score = scores[candidate];
            if (count == best.Length && (score < lastScore || (score == lastScore && candidate > last)))
            {
                continue;
            }

            // In a full list the last drops out, and its place is where the shifting starts.
            var at = count == best.Length ? count - 1 : count++;
            while (at > 0 && Better(candidate, score, best[at - 1], scores))
            {
                best[at] = best[at - 1];
                at--;
            }

            best[at] = candidate;
            if (count == best.Length)
            {
                last = best[^1];
                lastScore = scores[last];
            }
        }

        return count;
    }

    private static bool Better(int a, int scoreOfA, int b, int[] scores) =>
        scoreOfA != scores[b] ? scoreOfA > scores[b] : a < b;

    /// <summary>Each person's or topic's briefs, by position, in position order; arrays, as they are read over and over.</summary>
    private static Dictionary<EntityKey, int[]> Postings(IReadOnlyList<BriefNode> briefs, Func<BriefNode, IEnumerable<EntityKey>> keys, Dictionary<BriefNode, int> position)
    {
        var postings = new Dictionary<EntityKey, List<int>>();
        foreach (var brief in briefs)
        {
            foreach (var key in keys(brief))
            {
                if (!postings.TryGetValue(key, out var list))
                {
                    postings[key] = list = [];
                }

                list.Add(position[brief]);
            }
        }

        return postings.ToDictionary(x => x.Key, x => x.Value.ToArray());
    }
}
