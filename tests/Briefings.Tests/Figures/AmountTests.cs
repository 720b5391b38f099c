using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Graph;
using Briefings.Tests.Support;
using static Briefings.Tests.Figures.FigureSites;

namespace Briefings.Tests.Figures;

/// <summary>Issue 28, part 1: pledged against delivered, per unit, in decimal arithmetic.</summary>
public sealed class AmountTests
{
    private static CommitmentNode Commitment(string files, string id = "c")
    {
        using var site = TestSite.Create(Actors + files);
        var analysis = site.AnalyzeClean();
        return analysis.Graph!.CommitmentsById[id];
    }

    private static UnitFigures Unit(CommitmentNode node, string unit) => node.Figures.Units.Single(u => u.Unit == unit);

    [Fact]
    public void A_restated_pledge_replaces_the_earlier_amount_and_never_adds_to_it()
    {
        var node = Commitment(History("c", "united-kingdom",
            "status: pledged; amount: { value: 2.5, scale: billion, unit: GBP }",
            "status: pledged; amount: { value: 3, scale: billion, unit: GBP }",
            "status: in-progress"));

        Assert.Equal(3_000_000_000m, Unit(node, "GBP").Pledged!.Value.Quantity.Value);
        Assert.Null(Unit(node, "GBP").Offered);
    }

    [Fact]
    public void Amounts_on_proposed_and_offered_entries_are_offered_never_pledged()
    {
        var node = Commitment(History("c", "united-kingdom",
            "status: proposed; amount: { value: 5, scale: thousand, unit: troops }",
            "status: offered; amount: { value: 10000, unit: troops }"));

        var troops = Unit(node, "troops");
        Assert.Equal(10_000m, troops.Offered!.Value.Quantity.Value);
        Assert.Null(troops.Pledged);
        Assert.Null(troops.Share);
    }

    [Fact]
    public void Partial_deliveries_add_up_and_give_the_share_delivered()
    {
        var node = Commitment(History("c", "united-kingdom",
            "status: pledged; amount: { value: 1, unit: GBP, scale: billion }",
            "status: in-progress; delivered: { value: 0.1, unit: GBP, scale: billion }",
            "status: in-progress; delivered: { value: 200, unit: GBP, scale: million }"));

        var gbp = Unit(node, "GBP");
        Assert.Equal(300_000_000m, gbp.Delivered);
        Assert.Equal(0.3m, gbp.Share);
        Assert.False(gbp.Over);
    }

    [Fact]
    public void Decimal_arithmetic_adds_tenths_exactly()
    {
        var node = Commitment(History("c", "united-kingdom",
            "status: pledged; amount: { value: 0.3, unit: EUR }",
            "status: in-progress; delivered: { value: 0.1, unit: EUR }",
            "status: in-progress; delivered: { value: 0.2, unit: EUR }"));

        // 0.1 + 0.2 is 0.30000000000000004 in floating point.
        Assert.Equal(1m, Unit(node, "EUR").Share);
    }

    [Fact]
    public void Over_delivery_without_a_note_is_a_warning_at_the_delivered_value_and_a_flag_on_the_page()
    {
        using var site = TestSite.Create(Actors + History("c", "united-kingdom",
            "status: pledged; amount: { value: 100, unit: buses }",
            "status: delivered; delivered: { value: 120, unit: buses }"));

        var warning = site.Analyze().Single(Codes.DeliveredOverPledged, "content/briefs/2026-01-02-c-2.md", 8, 25);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("120 buses, more than the 100 buses pledged", warning.Message);

        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);
        var page = built.Parse("commitments/c/index.html");
        Assert.Contains("more than pledged, with no note", page.QuerySelector(".timeline")!.TextContent);
        Assert.Contains("120%", page.QuerySelector(".figures-table")!.TextContent);
        Assert.NotNull(page.QuerySelector(".commitment-amounts > p.flag"));
    }

    [Fact]
    public void Over_delivery_with_a_note_is_neither_warned_about_nor_flagged()
    {
        using var site = TestSite.Create(Actors + History("c", "united-kingdom",
            "status: pledged; amount: { value: 100, unit: buses }",
            "status: delivered; delivered: { value: 120, unit: buses }; note: Twenty more were donated by a city"));

        Assert.Empty(site.Analyze().Diagnostics.WithoutLints());
        var page = BuiltSite.From(site.ConfigPath, site.OutputPath).Parse("commitments/c/index.html");
        Assert.DoesNotContain("with no note", page.QuerySelector(".timeline")!.TextContent);
        Assert.Null(page.QuerySelector(".commitment-amounts > p.flag"));
        Assert.Contains("more than pledged", page.QuerySelector(".figures-table")!.TextContent);
    }

    [Fact]
    public void The_share_is_undefined_where_nothing_is_pledged_and_shows_as_a_dash()
    {
        using var site = TestSite.Create(Actors + History("c", "united-kingdom",
            "status: offered; amount: { value: 50, unit: doses }",
            "status: in-progress; delivered: { value: 20, unit: doses }"));
        Assert.Empty(site.Analyze().Diagnostics.WithoutLints());

        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);
        Assert.Null(built.Result.Graph!.CommitmentsById["c"].Figures.Units.Single().Share);
        var cells = built.Parse("commitments/c/index.html").QuerySelectorAll(".figures-table tbody td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["50 doses", "—", "20 doses", "—"], cells);
        // What the page shows, not its markup: the charts place their shapes in percentages of their width.
        var shown = built.Parse("commitments/c/index.html").Body!.TextContent;
        Assert.DoesNotContain("0%", shown);
        Assert.DoesNotContain("0 %", shown);
    }

    [Fact]
    public void A_list_of_amounts_keeps_each_unit_apart_and_money_is_never_summed_across_currencies()
    {
        using var site = TestSite.Create(Actors
            + History("c", "united-kingdom",
                "status: pledged; amount: [{ value: 2, unit: GBP, scale: million }, { value: 40, unit: buses }]",
                "status: in-progress; delivered: [{ value: 1, unit: GBP, scale: million }, { value: 10, unit: buses }]")
            + History("d", "united-kingdom", new DateOnly(2026, 2, 1),
                "status: pledged; amount: { value: 3, unit: GBP, scale: million }",
                "status: pledged; amount: [{ value: 3, unit: GBP, scale: million }, { value: 5, unit: EUR, scale: million }]"));

        var card = site.AnalyzeClean().Graph!.OrganizationsById["united-kingdom"].Scorecard;

        Assert.Equal(["EUR", "GBP", "buses"], card.Units.Select(u => u.Unit));
        var gbp = card.Units.Single(u => u.Unit == "GBP");
        Assert.Equal((5_000_000m, 1_000_000m, 0.2m), (gbp.Pledged, gbp.Delivered, gbp.Share!.Value));
        Assert.Equal(5_000_000m, card.Units.Single(u => u.Unit == "EUR").Pledged);
        Assert.Equal(40m, card.Units.Single(u => u.Unit == "buses").Pledged);
        Assert.Null(card.Converted);
    }

    [Fact]
    public void With_dated_rates_money_gets_a_total_in_one_currency_citing_the_rates_used()
    {
        using var site = TestSite.Create(Actors
            + "-- site.config.yml --\n" + TestSite.DefaultConfig
            + "rates:\n  - { date: 2026-01-01, currency: EUR, source: \"Central bank rates\", values: { GBP: 1.2 } }\n  - { date: 2026-06-01, currency: EUR, source: \"Later rates\", values: { GBP: 1.1 } }\n"
            + History("c", "united-kingdom",
                "status: pledged; amount: [{ value: 10, unit: GBP }, { value: 5, unit: EUR }, { value: 3, unit: USD }]",
                "status: in-progress; delivered: { value: 10, unit: GBP, value_date: 2026-05-30 }"));

        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);
        var converted = built.Result.Graph!.OrganizationsById["united-kingdom"].Scorecard.Converted!;

        Assert.Equal("EUR", converted.Currency);
        Assert.Equal(17m, converted.Pledged);     // 10 GBP at 1.2 (dated 2026-01-01) + 5 EUR; USD has no rate
        Assert.Equal(11m, converted.Delivered);   // 10 GBP at 1.1, the table nearest its value date
        Assert.Equal(["USD"], converted.Unconverted);
        var note = built.Parse("organizations/united-kingdom/index.html").QuerySelector(".rates-note")!.TextContent;
        Assert.Contains("Central bank rates", note);
        Assert.Contains("Later rates", note);
        Assert.Contains("no rate for USD", note);
    }

    [Theory]
    [InlineData("amount: { value: -5, unit: GBP }", Codes.AmountNegative, 9, 22)]
    [InlineData("amount: { value: 5, unit: GBP, scale: milion }", Codes.AmountUnknownScale, 9, 43)]
    [InlineData("amount: { value: five, unit: GBP }", Codes.AmountNotANumber, 9, 22)]
    [InlineData("amount: { value: 1e9, unit: GBP }", Codes.AmountNotANumber, 9, 22)]
    [InlineData("delivered: [{ value: 1, unit: GBP }, { value: 2, unit: GBP }]", Codes.AmountUnitTwice, 9, 51)]
    public void A_bad_amount_is_an_error_at_its_line_and_column(string line, string code, int row, int column)
    {
        using var site = TestSite.Create(Actors + History("c", "united-kingdom", "status: pledged; " + line));

        var error = site.Analyze().Single(code, "content/briefs/2026-01-01-c-1.md", row, column);
        Assert.Equal(Severity.Error, error.Severity);
    }

    [Fact]
    public void An_unknown_scale_suggests_the_one_meant()
    {
        using var site = TestSite.Create(Actors + History("c", "united-kingdom", "status: pledged; amount: { value: 5, unit: GBP, scale: milion }"));

        Assert.Contains("did you mean 'million'?", site.Analyze().Diagnostics.Single().Message);
    }

    [Fact]
    public void An_entry_that_drops_a_unit_earlier_entries_gave_is_a_warning_and_the_earlier_figure_stands()
    {
        using var site = TestSite.Create(Actors + History("c", "united-kingdom",
            "status: pledged; amount: [{ value: 2, unit: GBP }, { value: 40, unit: buses }]",
            "status: pledged; amount: { value: 3, unit: GBP }"));

        var analysis = site.Analyze();
        var warning = analysis.Single(Codes.AmountUnitDropped, "content/briefs/2026-01-02-c-2.md", 8, 5);
        Assert.Contains("gives no 'buses'", warning.Message);
        Assert.Equal(40m, analysis.Graph!.CommitmentsById["c"].Figures.Units.Single(u => u.Unit == "buses").Pledged!.Value.Quantity.Value);
    }

    [Fact]
    public void The_commitment_page_shows_offered_and_pledged_amounts_on_the_entries_that_moved_them()
    {
        using var site = TestSite.Create(Actors + History("c", "united-kingdom",
            "status: offered; amount: { value: 10, scale: thousand, unit: troops }",
            "status: pledged; amount: { value: 8, scale: thousand, unit: troops }",
            "status: in-progress; delivered: { value: 2000, unit: troops }"));

        var page = BuiltSite.From(site.ConfigPath, site.OutputPath).Parse("commitments/c/index.html");

        var amounts = page.QuerySelectorAll(".timeline .entry-amount").Select(p => p.TextContent.Trim()).ToList();
        Assert.Equal(["Offered: 10 thousand troops", "Pledged: 8 thousand troops", "Delivered: 2,000 troops"], amounts);
        var cells = page.QuerySelectorAll(".figures-table tbody td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["10 thousand troops", "8 thousand troops", "2,000 troops", "25%"], cells);
    }
}
