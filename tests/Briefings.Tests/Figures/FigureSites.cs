using System.Text;
using Briefings.Tests.Support;

namespace Briefings.Tests.Figures;

/// <summary>Inline sites for the figures tests: commitments of the United Kingdom to Ukraine, one entry per brief.</summary>
internal static class FigureSites
{
    /// <summary>
    /// One brief per entry of commitment <paramref name="id"/>, each a day apart from <paramref name="start"/> (or on the
    /// date an entry gives as "yyyy-mm-dd|…"); each entry is the YAML lines after <c>by:</c>, joined by ';'.
    /// </summary>
    public static string History(string id, string by, params string[] entries) => History(id, by, new DateOnly(2026, 1, 1), entries);

    public static string History(string id, string by, DateOnly start, params string[] entries)
    {
        var files = new StringBuilder();
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            var day = start.AddDays(i).ToString("yyyy-MM-dd");
            if (entry.Length > 11 && entry[10] == '|')
            {
                day = entry[..10];
                entry = entry[11..];
            }

            files.Append($"-- content/briefs/{day}-{id}-{i + 1}.md --\n---\ntitle: {id} {i + 1}\ndate: {day}\ncommitments:\n  - id: {id}\n    by: {by}\n");
            if (i == 0)
            {
                files.Append($"    text: Commitment {id}\n");
            }

            foreach (var line in entry.Split(';'))
            {
                files.Append("    ").Append(line.Trim()).Append('\n');
            }

            files.Append("---\nBody.\n\n");
        }

        return files.ToString();
    }

    public const string Actors = Sites.Countries + Sites.Person + "\n";
}
