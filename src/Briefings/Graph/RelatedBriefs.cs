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

        Func<PersonNode, int[]> personPosting = p => byPerson[p.Key];
        Func<TopicNode, int[]> topicPosting = t => byTopic[t.Key];
        Parallel.ForEach(Partitioner.Create(0, briefs.Count), range =>
        {
            var ranking = new Ranking(briefs, window);
            for (var i = range.Item1; i < range.Item2; i++)
            {
                briefs[i].Related = ranking.Rank(i, personPosting, topicPosting);
            }
        });
    }

    /// <summary>
    /// Ranks again the related briefs of <paramref name="which"/>, after serve changed whom briefs name in place, reading
    /// each person's and topic's briefs (which are in <paramref name="briefs"/>' order) as their postings. Returns the
    /// briefs whose list changed.
    /// </summary>
    public static List<BriefNode> Refresh(IReadOnlyList<BriefNode> briefs, IEnumerable<BriefNode> which, int window = Window)
    {
        var byPerson = new Dictionary<PersonNode, int[]>(ReferenceEqualityComparer.Instance);
        var byTopic = new Dictionary<TopicNode, int[]>(ReferenceEqualityComparer.Instance);
        var ranking = new Ranking(briefs, window);
        var changed = new List<BriefNode>();
        foreach (var brief in which)
        {
            var related = ranking.Rank(brief.Position, p => Positions(byPerson, p, p.MentionedIn), t => Positions(byTopic, t, t.Briefs));
            if (!related.SequenceEqual(brief.Related))
            {
                brief.Related = related;
                changed.Add(brief);
            }
        }

        return changed;
    }

    private static int[] Positions<TNode>(Dictionary<TNode, int[]> postings, TNode node, IReadOnlyList<BriefNode> briefs)
        where TNode : notnull
    {
        if (!postings.TryGetValue(node, out var positions))
        {
            postings[node] = positions = [.. briefs.Select(b => b.Position)];
        }

        return positions;
    }

    /// <summary>A score table and candidate list, cleared after every brief, not reallocated.</summary>
    private sealed class Ranking(IReadOnlyList<BriefNode> briefs, int window)
    {
        private readonly int[] _scores = new int[briefs.Count];
        private readonly List<int> _touched = [];

        public List<BriefNode> Rank(int i, Func<PersonNode, int[]> personPosting, Func<TopicNode, int[]> topicPosting)
        {
            var brief = briefs[i];
            var (from, to) = (i - window, i + window);
            foreach (var person in brief.People)
            {
                Score(personPosting(person), i, from, to, 2, _scores, _touched);
            }

            foreach (var topic in brief.Topics)
            {
                Score(topicPosting(topic), i, from, to, 1, _scores, _touched);
            }

            Span<int> best = stackalloc int[Limit];
            var candidates = CollectionsMarshal.AsSpan(_touched);
            var count = Top(candidates, _scores, best);
            var related = new List<BriefNode>(count);
            foreach (var k in best[..count])
            {
                related.Add(briefs[k]);
            }

            foreach (var k in candidates)
            {
                _scores[k] = 0;
            }

            _touched.Clear();
            return related;
        }
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
