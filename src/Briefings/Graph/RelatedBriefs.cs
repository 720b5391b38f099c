using System.Runtime.InteropServices;

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
            brief.Related = Top(candidates, scores).Select(k => briefs[k]).ToList();
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
    /// The <see cref="Limit"/> best-scored briefs, by one pass that keeps a small sorted list instead of
    /// sorting every candidate: a popular topic touches thousands. Briefs are in newest-first order,
    /// so on equal scores the lower position, the newer brief, wins.
    /// </summary>
    private static List<int> Top(ReadOnlySpan<int> candidates, int[] scores)
    {
        var best = new List<int>(Limit + 1);
        foreach (var candidate in candidates)
        {
            // Most candidates lose to the last of a full list: one comparison turns them away.
            if (best.Count == Limit && !Better(candidate, best[Limit - 1], scores))
            {
                continue;
            }

            var at = best.Count;
            while (at > 0 && Better(candidate, best[at - 1], scores))
            {
                at--;
            }

            best.Insert(at, candidate);
            if (best.Count > Limit)
            {
                best.RemoveAt(Limit);
            }
        }

        return best;
    }

    private static bool Better(int a, int b, int[] scores) =>
        scores[a] != scores[b] ? scores[a] > scores[b] : a < b;

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
