using System.Buffers;
using Briefings.Content;

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

    /// <summary>
    /// The characters some name starts with: names are mostly capitalized and text mostly is not, so the
    /// scan jumps from one such character to the next (vectorized) instead of reading the text word by word.
    /// </summary>
    private readonly SearchValues<char> _starts;

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
        _starts = SearchValues.Create(_byFirstWord.Keys.Select(first => first[0]).Distinct().Order().ToArray());
    }

    public static readonly NameMatcher Empty = new([]);

    /// <summary>Each match's position in <paramref name="text"/> and what it names, left to right, never overlapping.</summary>
    public List<NameMatch> Find(string text)
    {
        var matches = new List<NameMatch>();
        Find(text.AsSpan(), matches);
        return matches;
    }

    /// <summary>
    /// The same, over a span, into <paramref name="matches"/> (emptied first); false when nothing matches. The caller
    /// keeps one list for all its text: this runs over every run of text in every body.
    /// </summary>
    public bool Find(ReadOnlySpan<char> text, List<NameMatch> matches)
    {
        matches.Clear();
        if (_byFirstWord.Count == 0)
        {
            return false;
        }

        var i = 0;
        while (i < text.Length)
        {
            var next = text[i..].IndexOfAny(_starts);
            if (next < 0)
            {
                break;
            }

            var start = i + next;
            i = start + 1;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            // Only a whole word can begin a name: a start character inside a word is passed over with the word.
            if ((start > 0 && char.IsLetterOrDigit(text[start - 1])) || !_lookup.TryGetValue(text[start..i], out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                if (MatchRest(text, i, candidate.Words) is { } end)
                {
                    matches.Add(new NameMatch(start, end - start, candidate.Key));
                    i = end;
                    break;
                }
            }
        }

        return matches.Count > 0;
    }

    /// <summary>Where the name ends if its words after the first follow <paramref name="position"/>, one space or hyphen apart; else null.</summary>
    private static int? MatchRest(ReadOnlySpan<char> text, int position, string[] name)
    {
        for (var k = 1; k < name.Length; k++)
        {
            if (position >= text.Length || !(char.IsWhiteSpace(text[position]) || text[position] == '-'))
            {
                return null;
            }

            position++;
            var word = name[k];
            if (position + word.Length > text.Length || !text.Slice(position, word.Length).SequenceEqual(word) ||
                (position + word.Length < text.Length && char.IsLetterOrDigit(text[position + word.Length])))
            {
                return null;
            }

            position += word.Length;
        }

        return position;
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
