using System.Text.Json;
using Briefings.Content;
using Briefings.Tests.Support;
using static Briefings.Tests.Figures.FigureSites;

namespace Briefings.Tests.Figures;

/// <summary>Issue 28, parts 3 and 4: what has gone quiet by the as-of date, and as-of builds that recompute every figure.</summary>
public sealed class StalenessTests
{
    private static readonly DateOnly Last = new(2026, 1, 1);

    private static string Site(string config = "") =>
        Actors + "-- site.config.yml --\n" + TestSite.DefaultConfig + config
        + History("quiet", "united-kingdom", Last, "status: pledged")
        + History("done", "united-kingdom", Last, "status: delivered");

    [Theory]
    [InlineData(180, false)]
    [InlineData(181, true)]
    public void An_open_commitment_is_stale_only_once_its_last_entry_is_more_than_stale_after_days_before_the_as_of_date(int days, bool stale)
    {
        using var site = TestSite.Create(Site());
        var asOf = Last.AddDays(days);

        var built = BuiltSite.From(site.ConfigPath, site.OutputPath, asOf);

        Assert.Equal(stale, built.Result.Graph!.CommitmentsById["quiet"].Figures.Stale);
        Assert.False(built.Result.Graph.CommitmentsById["done"].Figures.Stale);
        var flag = built.Parse("commitments/quiet/index.html").QuerySelector(".facts .flag.stale");
        Assert.Equal(stale, flag is not null);
        Assert.Equal(stale ? ["quiet"] : [], built.Parse("commitments/stale/index.html").QuerySelectorAll(".commitment-row .commitment-title").Select(a => a.TextContent.Replace("Commitment ", "")));
        Assert.Equal(stale, built.Parse("commitments/index.html").QuerySelector(".commitment-row .flag.stale") is not null);
        if (stale)
        {
            Assert.Equal("not updated since 1 January 2026", flag!.TextContent);
            Assert.Equal("2026-01-01", flag.QuerySelector("time")!.GetAttribute("datetime"));
        }

        using var api = JsonDocument.Parse(built.Read("api/commitments.json"));
        Assert.Equal(stale, api.RootElement.GetProperty("commitments").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "quiet").GetProperty("stale").GetBoolean());
    }

    [Fact]
    public void Stale_after_days_sets_the_threshold_and_zero_turns_the_flag_off()
    {
        using var week = TestSite.Create(Site("stale_after_days: 7\n"));
        using var off = TestSite.Create(Site("stale_after_days: 0\n"));

        Assert.True(week.Analyze(Last.AddDays(8)).Graph!.CommitmentsById["quiet"].Figures.Stale);
        Assert.False(off.Analyze(Last.AddDays(5000)).Graph!.CommitmentsById["quiet"].Figures.Stale);
    }

    [Fact]
    public void A_negative_stale_after_days_is_an_error_in_the_config()
    {
        using var site = TestSite.Create(Site("stale_after_days: -1\n"));

        site.Analyze().Single(Briefings.Diagnostics.Codes.InvalidValue, "site.config.yml", 4, 1);
    }

    [Fact]
    public void An_as_of_build_recomputes_statuses_amounts_and_scorecards_from_the_entries_up_to_that_date()
    {
        using var site = TestSite.Create(Actors + History("c", "united-kingdom", new DateOnly(2025, 12, 1),
            "2025-12-01|status: pledged; amount: { value: 10, unit: buses }",
            "2025-12-09|status: in-progress; delivered: { value: 4, unit: buses }",
            "2025-12-20|status: delivered; delivered: { value: 6, unit: buses }"));

        var before = BuiltSite.From(site.ConfigPath, Path.Combine(site.Root, "before"), new DateOnly(2025, 12, 10));
        var after = BuiltSite.From(site.ConfigPath, Path.Combine(site.Root, "after"), new DateOnly(2025, 12, 20));

        var then = before.Result.Graph!.CommitmentsById["c"];
        Assert.Equal(CommitmentStatus.InProgress, then.CurrentStatus);
        Assert.Equal(0.4m, then.Figures.Units.Single().Share);
        Assert.Equal((0, 0), (before.Result.Graph.OrganizationsById["united-kingdom"].Scorecard.Kept, before.Result.Graph.OrganizationsById["united-kingdom"].Scorecard.KeptOf));
        var now = after.Result.Graph!.CommitmentsById["c"];
        Assert.Equal(CommitmentStatus.Delivered, now.CurrentStatus);
        Assert.Equal(1m, now.Figures.Units.Single().Share);
        Assert.Equal(19m, after.Result.Graph.OrganizationsById["united-kingdom"].Scorecard.MedianDays);

        var page = before.Parse("commitments/c/index.html");
        Assert.Contains("As of 10 December 2025", page.QuerySelector(".site-footer")!.TextContent);
        Assert.Contains("40%", page.QuerySelector(".figures-table")!.TextContent);
    }

    [Fact]
    public void Every_page_of_an_as_of_build_says_the_date_and_two_builds_are_byte_identical()
    {
        using var site = TestSite.Create(Site());
        var asOf = new DateOnly(2026, 9, 1);

        var first = BuiltSite.From(site.ConfigPath, Path.Combine(site.Root, "one"), asOf);
        var second = BuiltSite.From(site.ConfigPath, Path.Combine(site.Root, "two"), asOf);

        foreach (var page in first.HtmlFiles().Where(f => !f.Contains("redirect", StringComparison.Ordinal)))
        {
            var footer = first.Parse(page).QuerySelector(".site-footer");
            Assert.True(footer is null || footer.TextContent.Contains("As of 1 September 2026"), page);
        }

        Assert.Equal(first.Files(), second.Files());
        foreach (var file in first.Files())
        {
            Assert.True(File.ReadAllBytes(Path.Combine(first.Output, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second.Output, file))), file);
        }
    }

    [Fact]
    public void In_the_sample_site_the_open_commitments_go_stale_180_days_after_their_last_entry()
    {
        // Every open commitment of the sample was last recorded on 15 December 2025: 180 days on, 13 June 2026, none is
        // stale yet; a day later all five are, and the closed ones never are.
        var day = BuiltSite.From(SampleSite.ConfigPath, asOf: new DateOnly(2026, 6, 13));
        var next = BuiltSite.From(SampleSite.ConfigPath, asOf: new DateOnly(2026, 6, 14));

        Assert.Empty(day.Parse("commitments/stale/index.html").QuerySelectorAll(".commitment-row"));
        var stale = next.Parse("commitments/stale/index.html").QuerySelectorAll(".commitment-row a.commitment-title").Select(a => a.GetAttribute("href")!.Split('/')[^2]).ToList();
        Assert.Contains("uk-enduring-support", stale);
        Assert.Contains("uk-troops-for-ukraine", stale);
        Assert.Equal(5, stale.Count);
        Assert.Contains("not updated since 15 December 2025", next.Parse("commitments/uk-troops-for-ukraine/index.html").QuerySelector(".facts")!.TextContent);
    }
}
