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
        var folded = Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var term = folded[start..i];
                start = -1;
                if (term.Length >= 2 && !StopWords.Contains(term))
                {
                    yield return term;
                }
            }
        }
    }

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
