using System.Text.Json;
using Briefings.Tests.Support;

namespace Briefings.Tests.Search;

/// <summary>
/// FoldingCases.json: texts and the search terms they make. The C# tests run them through the tokenizer that builds
/// the index, the browser test through the search page's own script, so both sides are held to one list.
/// </summary>
public static class FoldingCases
{
    public static string Path => System.IO.Path.Combine(SampleSite.Root, "tests", "Briefings.Tests", "Search", "FoldingCases.json");

    public static IReadOnlyList<(string Text, string[] Terms)> All { get; } = Load();

    public static TheoryData<string, string[]> Data()
    {
        var data = new TheoryData<string, string[]>();
        foreach (var (text, terms) in All)
        {
            data.Add(text, terms);
        }

        return data;
    }

    private static List<(string, string[])> Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path));
        return json.RootElement.EnumerateArray()
            .Select(c => (c.GetProperty("text").GetString()!, c.GetProperty("terms").EnumerateArray().Select(t => t.GetString()!).ToArray()))
            .ToList();
    }
}
