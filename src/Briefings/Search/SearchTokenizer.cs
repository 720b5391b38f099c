using System.Globalization;
using System.Text;

namespace Briefings.Search;

/// <summary>
/// Splits text into search terms: lower case, accents removed, runs of letters and digits, two characters
/// or more, common English words left out. assets/search.js applies the same rules to queries.
/// </summary>
public static class SearchTokenizer
{
    public static readonly IReadOnlySet<string> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "both",
        "but", "by", "can", "could", "do", "during", "each", "for", "from", "had", "has", "have", "he", "her", "his", "if",
        "in", "into", "is", "it", "its", "just", "like", "may", "more", "most", "much", "no", "not", "now", "of", "on",
        "only", "or", "other", "our", "out", "over", "same", "she", "should", "so", "some", "such", "than", "that", "the",
        "their", "them", "then", "there", "these", "they", "this", "those", "to", "up", "very", "was", "we", "well",
        "were", "what", "when", "where", "which", "while", "who", "will", "with", "would", "you",
    };

    public static IEnumerable<string> Terms(string text)
    {
        var terms = new List<string>();
        AddTerms(text, (term, _) => terms.Add(term.ToString()), 0);
        return terms;
    }

    /// <summary>Calls <paramref name="add"/> with each term as a span of a scratch buffer, allocating nothing per plain term.</summary>
    public static void AddTerms<TState>(string text, TermAction<TState> add, TState state)
    {
        var source = text.AsSpan();
        Span<char> lower = stackalloc char[64];
        var start = -1;
        var ascii = true;
        for (var i = 0; i <= source.Length; i++)
        {
            var c = i < source.Length ? source[i] : ' ';
            var inWord = i < source.Length && (char.IsLetterOrDigit(c) || (c > 0x7F && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark));
            if (inWord)
            {
                if (start < 0)
                {
                    start = i;
                    ascii = true;
                }

                ascii &= c <= 0x7F;
                continue;
            }

            if (start < 0)
            {
                continue;
            }

            var word = source[start..i];
            start = -1;
            // Only a word with accents or other scripts needs folding; most words are plain ASCII.
            ReadOnlySpan<char> folded = ascii ? word : Fold(word.ToString());
            // Longer "words" are hashes or junk, not something a reader types.
            if (folded.Length < 2 || folded.Length > lower.Length)
            {
                continue;
            }

            var term = lower[..folded.Length];
            folded.ToLowerInvariant(term);
            if (!StopWordLookup.Contains(term))
            {
                add(term, state);
            }
        }
    }

    public delegate void TermAction<TState>(ReadOnlySpan<char> term, TState state);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup =
        ((HashSet<string>)StopWords).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Lower case without diacritics: "Zelenskyy’s Café" → "zelenskyy’s cafe".</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
