using System.Text.Json;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Graph;
using Briefings.Tests.Support;
using static Briefings.Tests.Figures.FigureSites;

namespace Briefings.Tests.Figures;

/// <summary>Issue 28, part 2: scorecards on person and organization pages, and the tracker's table of actors.</summary>
public sealed class ScorecardTests
{
    /// <summary>Commitments c1, c2… of <paramref name="by"/>, each with the statuses given (space-separated, one brief a day).</summary>
    private static string Commitments(string by, params string[] histories)
    {
        var files = "";
        for (var i = 0; i < histories.Length; i++)
        {
            var entries = histories[i].Split(' ').Select(s => s.Contains('|') ? s.Replace("|", "|status: ") : "status: " + s).ToArray();
            files += History($"{by}-c{i + 1}", by, new DateOnly(2026, 1, 1).AddDays(i * 10), entries);
        }

        return files;
    }

    private static Scorecard Card(SiteAnalysis analysis, string organization) => analysis.Graph!.OrganizationsById[organization].Scorecard;

    [Fact]
    public void The_kept_rate_is_delivered_out_of_delivered_and_broken_with_withdrawn_left_out()
    {
        using var site = TestSite.Create(Actors + Commitments("united-kingdom",
            "pledged delivered", "pledged broken", "pledged withdrawn", "offered", "pledged delivered"));

        var card = Card(site.AnalyzeClean(), "united-kingdom");

        Assert.Equal((2, 3, 1), (card.Kept, card.KeptOf, card.Withdrawn));
        Assert.Equal(5, card.Total);
        Assert.Equal(1, card.Count(CommitmentStatus.Offered));
    }

    [Fact]
    public void Below_a_denominator_of_five_only_the_counts_are_shown_and_from_five_the_percentage_beside_them()
    {
        using var four = TestSite.Create(Actors + Commitments("united-kingdom", "delivered", "delivered", "delivered", "broken", "withdrawn"));
        using var five = TestSite.Create(Actors + Commitments("united-kingdom", "delivered", "delivered", "delivered", "broken", "broken"));

        string Kept(TestSite site) => BuiltSite.From(site.ConfigPath, site.OutputPath).Parse("organizations/united-kingdom/index.html")
            .QuerySelectorAll(".scorecard dd")[1].TextContent;

        var small = Kept(four);
        Assert.StartsWith("3 of 4 ", small);
        Assert.DoesNotContain("%", small);
        Assert.Contains("1 withdrawn, not counted", small);
        Assert.StartsWith("3 of 5 (60%)", Kept(five));
    }

    [Fact]
    public void With_nothing_delivered_or_broken_the_kept_rate_is_a_dash()
    {
        using var site = TestSite.Create(Actors + Commitments("united-kingdom", "pledged", "withdrawn"));

        var kept = BuiltSite.From(site.ConfigPath, site.OutputPath).Parse("organizations/united-kingdom/index.html").QuerySelectorAll(".scorecard dd")[1].TextContent;

        Assert.StartsWith("—", kept.Trim());
        Assert.DoesNotContain("0%", kept);
    }

    [Fact]
    public void The_median_days_from_first_pledge_to_first_delivery_counts_delivered_ones_and_names_the_open_ones()
    {
        using var site = TestSite.Create(Actors + Commitments("united-kingdom",
            "2026-01-01|offered 2026-01-05|pledged 2026-01-15|in-progress 2026-01-25|delivered",   // 20 days
            "2026-01-11|pledged 2026-02-10|delivered 2026-03-01|delivered",                        // 30 days: the first delivery counts
            "2026-01-21|pledged 2026-04-21|delivered",                                             // 90 days
            "2026-01-31|pledged 2026-02-28|delivered 2026-03-01|broken",                           // delivered, then broken: not delivered
            "pledged", "in-progress"));
        var analysis = site.Analyze();
        // Delivered, then broken, is a change to question (BRF092) but counts all the same.
        Assert.Equal([Codes.QuestionableTransition], analysis.Diagnostics.WithoutLints().Select(d => d.Code));

        var card = Card(analysis, "united-kingdom");

        Assert.Equal(30m, card.MedianDays);
        Assert.Equal(3, card.Timed);
        Assert.Equal(2, card.Open);
        var text = BuiltSite.From(site.ConfigPath, site.OutputPath).Parse("organizations/united-kingdom/index.html").QuerySelectorAll(".scorecard dd")[2].TextContent;
        Assert.Contains("median 30 days from first pledge, over 3 delivered", text);
        Assert.Contains("2 pledged and not yet delivered", text);
    }

    [Fact]
    public void An_even_number_of_delivered_commitments_takes_the_mean_of_the_middle_two()
    {
        using var site = TestSite.Create(Actors + Commitments("united-kingdom", "2026-01-01|pledged 2026-01-11|delivered", "2026-01-11|pledged 2026-01-22|delivered"));

        Assert.Equal(10.5m, Card(site.AnalyzeClean(), "united-kingdom").MedianDays);
    }

    [Fact]
    public void An_organization_counts_its_own_commitments_and_its_peoples_apart_and_never_sums_them()
    {
        using var site = TestSite.Create(Actors + Commitments("uk-government", "delivered", "broken") + Commitments("keir-starmer", "delivered", "delivered", "pledged"));

        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);
        var organization = built.Result.Graph!.OrganizationsById["uk-government"];

        Assert.Equal((2, 1, 2), (organization.Scorecard.Total, organization.Scorecard.Kept, organization.Scorecard.KeptOf));
        Assert.Equal((3, 2, 2), (organization.MembersScorecard.Total, organization.MembersScorecard.Kept, organization.MembersScorecard.KeptOf));
        Assert.Equal(5, organization.Commitments.Count);
        Assert.Equal(3, built.Result.Graph.PeopleById["keir-starmer"].Scorecard.Total);

        var page = built.Parse("organizations/uk-government/index.html");
        Assert.Equal(["Its own", "Its people's"], page.QuerySelectorAll(".scorecard-heading").Select(h => h.TextContent));
        Assert.Equal(["2", "3"], page.QuerySelectorAll(".scorecard dd:first-of-type").Select(dd => dd.TextContent.Split(':')[0].Trim()));

        using var api = JsonDocument.Parse(built.Read("api/organizations.json"));
        var json = api.RootElement.GetProperty("organizations").EnumerateArray().Single(o => o.GetProperty("id").GetString() == "uk-government");
        Assert.Equal(5, json.GetProperty("commitments").GetArrayLength());
        Assert.Equal(2, json.GetProperty("scorecard").GetProperty("total").GetInt32());
        Assert.Equal(3, json.GetProperty("members_scorecard").GetProperty("total").GetInt32());
        Assert.Equal(0.5m, json.GetProperty("scorecard").GetProperty("kept_rate").GetDecimal());
    }

    [Fact]
    public void A_person_page_has_a_scorecard_of_the_commitments_they_made()
    {
        using var site = TestSite.Create(Actors + Commitments("keir-starmer", "delivered", "broken", "offered"));

        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);
        var page = built.Parse("people/keir-starmer/index.html");

        Assert.StartsWith("3:", page.QuerySelector(".scorecard dd")!.TextContent);
        Assert.StartsWith("1 of 2", page.QuerySelectorAll(".scorecard dd")[1].TextContent);
        using var api = JsonDocument.Parse(built.Read("api/people.json"));
        Assert.Equal(1, api.RootElement.GetProperty("people")[0].GetProperty("scorecard").GetProperty("by_status").GetProperty("offered").GetInt32());
    }

    [Fact]
    public void The_tracker_has_a_table_of_actors_with_their_own_figures_most_commitments_first()
    {
        using var site = TestSite.Create(Actors + Commitments("uk-government", "delivered") + Commitments("keir-starmer", "delivered", "broken", "pledged") + Commitments("ukraine", "offered", "offered"));

        var rows = BuiltSite.From(site.ConfigPath, site.OutputPath).Parse("commitments/index.html").QuerySelectorAll(".actor-table tbody tr")
            .Select(tr => string.Join("|", tr.Children.Select(c => c.TextContent.Trim()))).ToList();

        Assert.Equal(
        [
            "Keir Starmer|3|1|1|1|0|1 of 2|0 (over 1)|0",
            "Ukraine|2|2|0|0|0|—|—|0",
            "UK Government|1|0|1|0|0|1 of 1|0 (over 1)|0",
        ], rows);
    }
}
