using System.Text;

namespace Briefings.Tests.Support;

/// <summary>A site of many briefs made from a seed, for tests that compare a fast path with its simple form.</summary>
public static class GeneratedSite
{
    /// <summary>Briefs whose titles, summaries and names hold what XML escapes or cannot hold: markup, ampersands, control characters, emoji.</summary>
    public static string Files(int count, int seed)
    {
        var random = new Random(seed);
        string[] pieces = ["talks", "<b>bold</b>", "R&D", "\"quoted\"", "'single'", "naïve", "Зеленський", "🙂", "\u0001", "a\u000bb", "x > y", "]]>", "&amp;"];
        string Text(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => pieces[random.Next(pieces.Length)]));
        // Feeds long enough that every brief is an entry of several of them.
        var site = new StringBuilder($"-- site.config.yml --\n{TestSite.DefaultConfig}feed: {{ limit: 200 }}\n").Append(Sites.Person).Append('\n');
        for (var p = 0; p < 40; p++)
        {
            site.Append($"-- content/people/p{p}.md --\n---\nname: \"P{p} {Text(2).Replace("\"", "", StringComparison.Ordinal)}\"\n---\n");
        }

        for (var i = 0; i < count; i++)
        {
            var speakers = string.Join(", ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => $"p{random.Next(40)}").Distinct());
            site.Append($"-- content/briefs/2025-{1 + (i % 12):00}-{1 + (i % 28):00}-b{i}.md --\n---\n")
                .Append($"title: \"{Escape(Text(4))}\"\ndate: 2025-{1 + (i % 12):00}-{1 + (i % 28):00}\n")
                .Append($"summary: \"{Escape(Text(8))}\"\nspeakers: [{speakers}]\ntopics: [t{random.Next(30)}, t{random.Next(30)}]\n---\nBody {i}.\n");
        }

        return site.ToString();
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
        .Replace("\u0001", "\\x01", StringComparison.Ordinal).Replace("\u000b", "\\v", StringComparison.Ordinal);
}
