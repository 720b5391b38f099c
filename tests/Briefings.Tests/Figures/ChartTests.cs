using Briefings.Tests.Support;
using static Briefings.Tests.Figures.FigureSites;

namespace Briefings.Tests.Figures;

/// <summary>
/// Issue 30: which charts a page draws, and how a strip is bounded. Their geometry in a browser is ChartBrowserTests'.
/// </summary>
public sealed class ChartTests
{
    private static readonly string[] Flips = ["status: pledged", "status: in-progress", "status: pledged", "status: in-progress"];

    [Fact]
    public void A_commitment_that_never_changed_status_has_no_strip()
    {
        using var site = TestSite.Create(Actors + History("c", "united-kingdom", "status: pledged", "status: pledged"));

        var page = BuiltSite.From(site.ConfigPath, site.OutputPath).Parse("commitments/c/index.html");

        Assert.Null(page.QuerySelector(".chart-strip"));
    }

    [Fact]
    public void A_short_history_is_drawn_whole_with_no_note()
    {
        using var site = TestSite.Create(Actors + History("c", "united-kingdom", "status: proposed", "status: pledged", "status: pledged", "status: delivered"));

        var page = BuiltSite.From(site.ConfigPath, site.OutputPath).Parse("commitments/c/index.html");

        Assert.Equal(["proposed", "pledged", "delivered"], page.QuerySelectorAll(".chart-strip .chart-band").Select(b => b.GetAttribute("data-status")));
        Assert.Equal(3, page.QuerySelectorAll(".chart-strip tbody tr").Length);
        Assert.Equal("0", page.QuerySelector(".chart-strip")!.GetAttribute("data-left-out"));
        Assert.Null(page.QuerySelector(".chart-strip .chart-note"));
        // Only the patterns the bands fill with are defined.
        Assert.Equal(["strip-p-proposed", "strip-p-pledged", "strip-p-delivered"], page.QuerySelectorAll(".chart-strip pattern").Select(p => p.Id));
    }

    [Fact]
    public void A_long_history_draws_its_latest_runs_says_how_many_are_left_out_and_links_to_the_whole_timeline()
    {
        // 60 entries, more than a page of timeline (50), in 30 runs of two.
        var entries = Enumerable.Range(0, 60).Select(i => Flips[i / 2 % Flips.Length]).ToArray();
        using var site = TestSite.Create(Actors + History("c", "united-kingdom", entries));

        var page = BuiltSite.From(site.ConfigPath, site.OutputPath).Parse("commitments/c/index.html");

        var bands = page.QuerySelectorAll(".chart-strip .chart-band");
        Assert.Equal(5, bands.Length);
        Assert.Equal(5, page.QuerySelectorAll(".chart-strip tbody tr").Length);
        // The latest runs: the last one began with the 59th entry, 1 January 2026 plus 58 days.
        Assert.Equal("2026-02-28", bands[^1].GetAttribute("data-from"));
        Assert.Equal("25", page.QuerySelector(".chart-strip")!.GetAttribute("data-left-out"));
        var note = page.QuerySelector(".chart-strip .chart-note")!;
        Assert.StartsWith("25 earlier statuses are left out of the chart.", note.TextContent, StringComparison.Ordinal);
        Assert.Equal("../../commitments/c/timeline/index.html", note.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("25 earlier statuses are left out of the chart.", page.QuerySelector(".chart-strip desc")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_left_out_of_a_timeline_that_fits_on_the_page_link_to_it_there()
    {
        var entries = Enumerable.Range(0, 8).Select(i => Flips[i % Flips.Length]).ToArray();
        using var site = TestSite.Create(Actors + History("c", "united-kingdom", entries));

        var page = BuiltSite.From(site.ConfigPath, site.OutputPath).Parse("commitments/c/index.html");

        Assert.Equal("3", page.QuerySelector(".chart-strip")!.GetAttribute("data-left-out"));
        Assert.Equal("#timeline-heading", page.QuerySelector(".chart-strip .chart-note a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#timeline-heading"));
    }

    [Fact]
    public void An_actor_with_no_amounts_has_no_bars_and_one_with_amounts_has_a_row_per_unit()
    {
        using var site = TestSite.Create(Actors
            + History("a", "united-kingdom", "status: pledged; amount: { value: 100, unit: buses }", "status: delivered; delivered: { value: 40, unit: buses }")
            + History("b", "keir-starmer", "status: pledged", "status: delivered"));

        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        Assert.Null(built.Parse("people/keir-starmer/index.html").QuerySelector(".chart-bars"));
        var bars = built.Parse("organizations/united-kingdom/index.html").QuerySelectorAll(".chart-bars .chart-row");
        Assert.Equal(["buses"], bars.Select(r => r.GetAttribute("data-unit")));
        Assert.Equal(["100", "40"], bars[0].QuerySelectorAll(".chart-fill").Select(r => r.GetAttribute("width")!.TrimEnd('%')));
    }
}
