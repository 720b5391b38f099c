using System.Text.RegularExpressions;
using Briefings.Content.Languages;
using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests.Languages;

/// <summary>The built-in language files, and how a site's own file adds to them and falls back to English.</summary>
public sealed partial class LanguageFileTests
{
    public static TheoryData<string> Translations => new(LanguageFiles.BuiltIn.Where(l => l != "en"));

    [Theory]
    [MemberData(nameof(Translations))]
    public void Every_key_of_the_English_file_exists_in_each_built_in_language_file_with_the_same_shape(string language)
    {
        var english = LanguageFiles.BuiltInEntries("en")!;
        var own = LanguageFiles.BuiltInEntries(language)!;
        var wrong = new List<string>();
        foreach (var (key, entry) in english)
        {
            if (!own.TryGetValue(key, out var mine))
            {
                wrong.Add($"{key}: missing");
                continue;
            }

            if ((entry.Text is null) != (mine.Text is null) || (entry.Forms is null) != (mine.Forms is null) || (entry.Items is null) != (mine.Items is null))
            {
                wrong.Add($"{key}: a {Shape(mine)} where English has a {Shape(entry)}");
                continue;
            }

            if (mine.Forms is { } forms)
            {
                var lacking = PluralRules.Categories(language).Where(c => !forms.ContainsKey(c)).ToList();
                if (lacking.Count > 0)
                {
                    wrong.Add($"{key}: no {string.Join(", ", lacking)} form");
                }
            }

            // A translation may leave out a value English shows, never use one English does not have.
            var allowed = Placeholders(entry).ToHashSet(StringComparer.Ordinal);
            var extra = Placeholders(mine).Where(p => !allowed.Contains(p)).Distinct().ToList();
            if (extra.Count > 0)
            {
                wrong.Add($"{key}: {string.Join(", ", extra)} is not a value English has");
            }
        }

        Assert.True(wrong.Count == 0, $"{language}.yml against en.yml:\n" + string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("uk")]
    [InlineData("de")]
    [InlineData("fr")]
    public void A_copy_of_the_sample_site_in_a_built_in_language_builds_with_no_English_fallback(string language)
    {
        using var site = SampleSite.Copy();
        site.Write("site.config.yml", site.Read("site.config.yml").Replace("language: en", "language: " + language, StringComparison.Ordinal));
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath, asOf: TestDates.SampleAsOf);

        var fallback = built.Result.Diagnostics.Where(d => d.Code is Codes.MissingInterfaceString or Codes.NoInterfaceLanguage or Codes.MissingPluralForm or Codes.InterfaceStringsUnreadable).ToList();
        Assert.True(fallback.Count == 0, string.Join("\n", fallback));
        Assert.Contains($"<html lang=\"{language}\">", built.Read("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_Ukrainian_copy_of_the_sample_site_writes_dates_with_genitive_months_and_month_headings_with_nominative_ones()
    {
        using var site = SampleSite.Copy();
        site.Write("site.config.yml", site.Read("site.config.yml").Replace("language: en", "language: uk", StringComparison.Ordinal));
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath, asOf: TestDates.SampleAsOf);

        var home = built.Read("index.html");
        Assert.Contains("<time datetime=\"2025-12-15\">15 грудня 2025</time>", home, StringComparison.Ordinal);
        Assert.Contains("Станом на <time datetime=\"2025-12-20\">20 грудня 2025</time>", home, StringComparison.Ordinal);
        Assert.Contains("Усі 6 брифінгів", home, StringComparison.Ordinal);
        Assert.Contains("<h1>грудень 2025</h1>", built.Read("briefs/2025/12/index.html"), StringComparison.Ordinal);
        Assert.Contains("<title>Брифінги за грудень 2025 · ", built.Read("briefs/2025/12/index.html"), StringComparison.Ordinal);
        // The description is the config's own English, which may name a month; no date the pages write does.
        Assert.DoesNotMatch(@">\d+ December \d{4}<", home);
    }

    [Fact]
    public void A_site_file_overrides_a_built_in_string_and_adds_keys_of_its_own()
    {
        using var site = Site("uk", """
            -- i18n/uk.yml --
            home:
              latest: "Свіжі брифінги"
            -- content/briefs/2025-12-15-a.md --
            ---
            title: "Перший"
            date: 2025-12-15
            ---
            Текст.
            """);
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        Assert.Empty(built.Result.Diagnostics);
        Assert.Contains("<h2 id=\"latest-heading\">Свіжі брифінги</h2>", built.Read("index.html"), StringComparison.Ordinal);
        Assert.Contains("Усі 1 брифінг", built.Read("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_a_site_language_file_lacks_falls_back_to_English_with_one_warning_naming_it()
    {
        using var site = Site("pl", """
            -- i18n/pl.yml --
            home:
              latest: "Najnowsze"
            -- content/briefs/2025-12-15-a.md --
            ---
            title: "A"
            date: 2025-12-15
            ---
            Text.
            """);
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        var missing = built.Result.Diagnostics.Where(d => d.Code == Codes.MissingInterfaceString).ToList();
        var english = LanguageFiles.BuiltInEntries("en")!;
        Assert.Equal(english.Count - 1, missing.Count);
        Assert.Equal(missing.Count, missing.Select(d => d.Message).Distinct().Count());
        var skip = Assert.Single(missing, d => d.Message.StartsWith("interface string 'site.skip' ", StringComparison.Ordinal));
        Assert.Equal("i18n/pl.yml", skip.File);
        Assert.Contains("'Skip to content'", skip.Message, StringComparison.Ordinal);
        var home = built.Read("index.html");
        Assert.Contains("Najnowsze", home, StringComparison.Ordinal);
        Assert.Contains("Skip to content", home, StringComparison.Ordinal);
    }

    [Fact]
    public void A_language_with_no_strings_at_all_is_one_warning_not_one_per_key()
    {
        using var site = Site("pl", "");
        var analysis = site.Analyze();

        var warning = Assert.Single(analysis.Diagnostics, d => d.Code.StartsWith("BRF06", StringComparison.Ordinal) && d.Code != Codes.ImageLibraryMissing);
        Assert.Equal(Codes.NoInterfaceLanguage, warning.Code);
        Assert.Contains("i18n/pl.yml", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_language_file_is_an_error_at_its_line()
    {
        using var site = Site("uk", """
            -- i18n/uk.yml --
            home:
              latest: [a, {b: c}]
            """);
        var analysis = site.Analyze();

        var error = Assert.Single(analysis.Diagnostics, d => d.Code == Codes.InterfaceStringsUnreadable);
        Assert.Equal("i18n/uk.yml", error.File);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void A_count_missing_a_form_the_language_needs_is_a_warning()
    {
        using var site = Site("uk", """
            -- i18n/uk.yml --
            count:
              briefs:
                one: "{count} брифінг"
                other: "{count} брифінгу"
            """);
        var analysis = site.Analyze();

        var warning = Assert.Single(analysis.Diagnostics, d => d.Code == Codes.MissingPluralForm);
        Assert.Contains("'count.briefs' has no 'few', 'many' form", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_asking_for_an_unknown_key_fails_with_the_nearest_key()
    {
        using var site = TestSite.Create("""
            -- templates/home.html --
            <h1>{{ t "home.latests" }}</h1>
            """);
        var analysis = SiteBuilder.Build(site.Options() with { OutputPath = site.OutputPath });

        var error = Assert.Single(analysis.Diagnostics, d => d.Code == Codes.TemplateRuntime);
        Assert.Contains("no interface string 'home.latests'", error.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'home.latest'?", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A test site in <paramref name="language"/> with <paramref name="files"/>.</summary>
    private static TestSite Site(string language, string files)
    {
        var site = TestSite.Create(files);
        site.Write("site.config.yml", TestSite.DefaultConfig.Replace("language: en", "language: " + language, StringComparison.Ordinal));
        return site;
    }

    private static string Shape(TextEntry entry) => entry.Forms is not null ? "count" : entry.Items is not null ? "list" : "text";

    private static IEnumerable<string> Placeholders(TextEntry entry) =>
        (entry.Forms?.Values ?? (entry.Text is { } text ? [text] : [])).SelectMany(t => Placeholder().Matches(t).Select(m => m.Value));

    [GeneratedRegex(@"\{(count|\d+|day|month|month_of|year)\}")]
    private static partial Regex Placeholder();
}
