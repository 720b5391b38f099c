using Briefings.Graph;

namespace Briefings.Markdown;

/// <summary>
/// Finds names and aliases of people and organizations in plain text, word by word, in one pass:
/// a dictionary keyed by a name's first word, so the cost grows with the text, not with the number of names.
/// Matching is case-sensitive, as names are proper nouns and "Will" must not match "will".
/// </summary>
public sealed class NameMatcher
{
    private readonly Dictionary<string, Candidate[]> _byFirstWord;
    private readonly Dictionary<string, Candidate[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public NameMatcher(IEnumerable<(string Name, EntityKey Key)> names)
    {
        var grouped = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);
        foreach (var (name, key) in names)
        {
            var words = Words(name).Select(w => name.Substring(w.Start, w.Length)).ToArray();
            if (words.Length == 0 || (words.Length == 1 && words[0].Length < 3))
            {
                continue;
            }

            if (!grouped.TryGetValue(words[0], out var list))
            {
                grouped[words[0]] = list = [];
            }

            list.Add(new Candidate(words, key));
        }

        // Longest names first, so "Keir Starmer" wins over an alias "Keir"; then by key, for stable output.
        _byFirstWord = grouped.ToDictionary(
            g => g.Key,
            g => g.Value.DistinctBy(c => (string.Join(' ', c.Words), c.Key))
                .OrderByDescending(c => c.Words.Length).ThenBy(c => c.Key).ToArray(),
            StringComparer.Ordinal);
        _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static readonly NameMatcher Empty = new([]);

    /// <summary>Each match's position in <paramref name="text"/> and what it names, left to right, never overlapping.</summary>
    public List<NameMatch> Find(string text)
    {
        var matches = new List<NameMatch>();
        if (_byFirstWord.Count == 0)
        {
            return matches;
        }

        var words = Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (!_lookup.TryGetValue(text.AsSpan(word.Start, word.Length), out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                if (Matches(text, words, i, candidate.Words))
                {
                    var last = words[i + candidate.Words.Length - 1];
                    matches.Add(new NameMatch(word.Start, last.Start + last.Length - word.Start, candidate.Key));
                    i += candidate.Words.Length - 1;
                    break;
                }
            }
        }

        return matches;
    }

    private static bool Matches(string text, List<(int Start, int Length)> words, int first, string[] name)
    {
        if (first + name.Length > words.Count)
        {
            return false;
        }

        for (var k = 1; k < name.Length; k++)
        {
            var previous = words[first + k - 1];
            var word = words[first + k];
            var gap = text.AsSpan(previous.Start + previous.Length, word.Start - previous.Start - previous.Length);
            if (gap.Length != 1 || !(char.IsWhiteSpace(gap[0]) || gap[0] == '-'))
            {
                return false;
            }

            if (!text.AsSpan(word.Start, word.Length).SequenceEqual(name[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static List<(int Start, int Length)> Words(string text)
    {
        var words = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add((start, i - start));
                start = -1;
            }
        }

        return words;
    }

    private sealed record Candidate(string[] Words, EntityKey Key);
}

public readonly record struct NameMatch(int Start, int Length, EntityKey Key);
