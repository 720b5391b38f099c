using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Graph;

namespace Briefings.Linting;

/// <summary>
/// Two people whose names or aliases are one spelling apart are most often one person filed twice, which splits their
/// quotes and commitments between two pages: the same name, one word spelt a letter or two differently
/// ("Zelensky", "Zelenskyy"), or one with a middle name the other leaves out.
/// </summary>
/// <remarks>
/// Names are compared word by word, not as whole strings: two surnames that differ in their first letter or are
/// short ("Chan", "Cohen"; "Hansen", "Jansen") are two families far more often than a slip, and a whole-string
/// distance would call them near. Comparing every pair would cost the square of the people; instead each name is
/// filed under keys that near names share, and only names with a common key are compared.
/// </remarks>
internal static class NearNameLint
{
    /// <summary>Words shorter than this must match exactly; from this length one letter may differ, and two from <see cref="TwoSlips"/>.</summary>
    private const int OneSlip = 5;

    private const int TwoSlips = 9;

    public static void Run(ContentGraph graph, DiagnosticBag diagnostics)
    {
        var names = new List<(PersonNode Person, string Written, string[] Words)>();
        foreach (var person in graph.People)
        {
            foreach (var written in person.Person.Aliases.Prepend(person.Person.Name))
            {
                // The words of the name as its slug has them: lower case, punctuation and spacing dropped.
                var words = Slugs.Slugify(written, int.MaxValue).Split('-', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length > 0)
                {
                    names.Add((person, written, words));
                }
            }
        }

        var filed = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            foreach (var key in Keys(names[i].Words))
            {
                if (!filed.TryGetValue(key, out var list))
                {
                    filed[key] = list = [];
                }

                list.Add(i);
            }
        }

        var reported = new HashSet<(PersonNode, PersonNode)>();
        foreach (var list in filed.Values.Where(l => l.Count > 1))
        {
            for (var a = 0; a < list.Count; a++)
            {
                for (var b = a + 1; b < list.Count; b++)
                {
                    var (first, second) = (names[list[a]], names[list[b]]);
                    // The later file is the one reported, so that a site gets one warning per pair, always on the same file.
                    if (string.CompareOrdinal(first.Person.Person.File, second.Person.Person.File) > 0)
                    {
                        (first, second) = (second, first);
                    }

                    if (first.Person != second.Person && Near(first.Words, second.Words) && reported.Add((first.Person, second.Person)))
                    {
                        var same = first.Words.SequenceEqual(second.Words);
                        diagnostics.Warning(Codes.NearlySameName, second.Person.Person.File, TextPosition.File,
                            $"'{second.Written}' is {(same ? "the same name as" : "nearly the same name as")} '{first.Written}' " +
                            $"({first.Person.Person.File}); if they are one person, keep one file and move the other spelling to its aliases");
                    }
                }
            }
        }
    }

    /// <summary>
    /// The whole name, the name with each word left out (near names differ in one word), and the first and last words
    /// alone (a middle name left out).
    /// </summary>
    private static IEnumerable<string> Keys(string[] words)
    {
        yield return string.Join(' ', words);
        for (var i = 0; i < words.Length; i++)
        {
            yield return $"{i}|{words[i][0]}|{string.Join(' ', words.Where((_, j) => j != i))}";
        }

        if (words.Length > 2)
        {
            yield return $"{words[0]} {words[^1]}";
        }
    }

    private static bool Near(string[] a, string[] b)
    {
        if (a.Length != b.Length)
        {
            var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
            return shorter.Length == 2 && longer.Length > 2 && shorter[0] == longer[0] && shorter[1] == longer[^1];
        }

        var differing = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
        if (differing.Count == 0)
        {
            return true;
        }

        if (differing.Count > 1)
        {
            return false;
        }

        var (x, y) = (a[differing[0]], b[differing[0]]);
        var length = Math.Min(x.Length, y.Length);
        var allowed = length < OneSlip ? 0 : length < TwoSlips ? 1 : 2;
        return x[0] == y[0] && Suggestions.Distance(x, y, allowed) <= allowed;
    }
}
