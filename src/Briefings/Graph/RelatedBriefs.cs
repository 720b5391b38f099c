using System.Runtime.InteropServices;
using Briefings.Content;

namespace Briefings.Graph;

/// <summary>
/// Ranks each brief's related briefs by shared people (worth two) and shared topics (worth one),
/// through an inverted index from person and topic to briefs, so the work grows with the overlap,
/// not with the square of the number of briefs.
/// </summary>
internal static class RelatedBriefs
{
    public const int Limit = 5;

    public static void Fill(IReadOnlyList<BriefNode> briefs)
    {
        var position = new Dictionary<BriefNode, int>(briefs.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < briefs.Count; i++)
        {
            position[briefs[i]] = i;
        }

        var byPerson = Postings(briefs, b => b.People.Select(p => p.Key), position);
        var byTopic = Postings(briefs, b => b.Topics.Select(t => t.Key), position);

        // Each thread keeps its score table and candidate list, cleared after every brief, not reallocated.
        Parallel.For(0, briefs.Count, () => (Scores: new int[briefs.Count], Touched: new List<int>()), (i, _, state) =>
        {
            var brief = briefs[i];
            var (scores, touched) = state;
            foreach (var person in brief.People)
            {
                Score(byPerson[person.Key], i, 2, scores, touched);
            }

            foreach (var topic in brief.Topics)
            {
                Score(byTopic[topic.Key], i, 1, scores, touched);
            }

            var candidates = CollectionsMarshal.AsSpan(touched);
            Span<int> best = stackalloc int[Limit];
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
            return state;
        }, _ => { });
    }

    /// <summary>Adds <paramref name="weight"/> to every brief of a posting but the brief itself, noting each first touch.</summary>
    private static void Score(int[] posting, int self, int weight, int[] scores, List<int> touched)
    {
        foreach (var other in posting)
        {
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

    /// <summary>Each person's or topic's briefs, by position; arrays, as they are read over and over.</summary>
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
