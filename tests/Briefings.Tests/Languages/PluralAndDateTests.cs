using System.Diagnostics;
using Briefings.Content.Languages;
using Briefings.Diagnostics;

namespace Briefings.Tests.Languages;

/// <summary>Counts, dates and numbers in the built-in languages, without the machine's ICU (invariant globalization).</summary>
public sealed class PluralAndDateTests
{
    private static InterfaceText Text(string language) => LanguageFiles.Load(Path.GetTempPath(), language, 1 << 20, new DiagnosticBag());

    [Theory]
    [InlineData(1, "1 брифінг")]
    [InlineData(2, "2 брифінги")]
    [InlineData(5, "5 брифінгів")]
    [InlineData(11, "11 брифінгів")]
    [InlineData(21, "21 брифінг")]
    public void Ukrainian_counts_take_the_one_few_and_many_forms(int count, string expected) =>
        Assert.Equal(expected, Text("uk").Count("count.briefs", count));

    [Theory]
    [InlineData(0, "0 Briefings")]
    [InlineData(1, "1 Briefing")]
    [InlineData(2, "2 Briefings")]
    public void German_counts_take_one_only_for_one(int count, string expected) =>
        Assert.Equal(expected, Text("de").Count("count.briefs", count));

    [Theory]
    [InlineData(0, "0 note")]
    [InlineData(1, "1 note")]
    [InlineData(2, "2 notes")]
    [InlineData(1_000_000, "1\u202f000\u202f000 de notes")]
    public void French_counts_take_one_for_zero_and_one(int count, string expected) =>
        Assert.Equal(expected, Text("fr").Count("count.briefs", count));

    [Theory]
    [InlineData("en", "6 December 2025", "December 2025")]
    [InlineData("uk", "6 грудня 2025", "грудень 2025")]
    [InlineData("de", "6. Dezember 2025", "Dezember 2025")]
    [InlineData("fr", "6 décembre 2025", "décembre 2025")]
    public void Dates_use_the_month_form_that_follows_a_day_and_headings_the_nominative(string language, string day, string month)
    {
        var text = Text(language);
        Assert.Equal(day, text.Date(new DateOnly(2025, 12, 6)));
        Assert.Equal(month, text.Month(new DateOnly(2025, 12, 6)));
    }

    [Fact]
    public void French_writes_the_first_of_the_month_as_an_ordinal() =>
        Assert.Equal("1er mars 2026", Text("fr").Date(new DateOnly(2026, 3, 1)));

    [Theory]
    [InlineData("en", 999, "999")]
    [InlineData("en", 10_000, "10,000")]
    [InlineData("uk", 10_000, "10\u00a0000")]
    [InlineData("de", 1_234_567, "1.234.567")]
    [InlineData("fr", -12_345, "-12\u202f345")]
    public void Numbers_group_their_digits_with_the_language_separator(string language, long n, string expected) =>
        Assert.Equal(expected, Text(language).Number(n));

    [Fact]
    public void Placeholders_take_values_by_position_and_keep_other_braces()
    {
        var text = Text("en");
        Assert.Equal("a {x} 1,500 b {9}", text.Fill("{0} {x} {count} {1} {9}", "1,500", ["a", "b"]));
    }

    /// <summary>
    /// The hand-ported rules against JavaScript's Intl.PluralRules, which reads the same CLDR data through ICU (the
    /// browser's search page chooses its forms with it): every whole number to 20,000 and some millions.
    /// </summary>
    [SkippableFact]
    public void The_plural_rules_match_Intl_PluralRules_of_node()
    {
        var numbers = Enumerable.Range(0, 20_001).Select(n => (long)n).Concat([1_000_000, 2_000_000, 1_000_001, 21_000_000, 111_111_111]).ToList();
        string[] languages = ["en", "uk", "de", "fr", "ru", "be"];
        var script = $"const ns = [{string.Join(',', numbers)}]; for (const l of [{string.Join(',', languages.Select(l => $"'{l}'"))}]) " +
            "{ const p = new Intl.PluralRules(l); console.log(ns.map(n => p.select(n)).join(' ')); }";
        string output;
        try
        {
            using var node = Process.Start(new ProcessStartInfo("node", ["-e", script]) { RedirectStandardOutput = true })!;
            output = node.StandardOutput.ReadToEnd();
            node.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Skip.If(true, "node is not installed");
            return;
        }

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < languages.Length; i++)
        {
            var expected = lines[i].Split(' ');
            var wrong = numbers.Select((n, k) => (n, Want: expected[k], Got: LanguageFiles.Name(PluralRules.Select(languages[i], n))))
                .Where(x => x.Want != x.Got).Take(5).ToList();
            Assert.True(wrong.Count == 0, $"{languages[i]}: " + string.Join(", ", wrong.Select(w => $"{w.n} is {w.Want}, not {w.Got}")));
        }
    }
}
