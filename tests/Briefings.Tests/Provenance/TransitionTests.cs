using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Tests.Support;
using static Briefings.Tests.Figures.FigureSites;

namespace Briefings.Tests.Provenance;

/// <summary>Issue 29, part 2: status changes a reader should question, warned about unless a note explains them.</summary>
public sealed class TransitionTests
{
    private static List<Diagnostic> Warnings(string history)
    {
        using var site = TestSite.Create(Actors + history);
        return [.. site.Analyze().Diagnostics.Where(d => d.Code == Codes.QuestionableTransition)];
    }

    [Theory]
    [InlineData("delivered", "pledged")]
    [InlineData("delivered", "proposed")]
    [InlineData("delivered", "broken")]
    [InlineData("broken", "pledged")]
    [InlineData("broken", "in-progress")]
    [InlineData("broken", "delivered")]
    [InlineData("in-progress", "pledged")]
    public void A_change_to_question_without_a_note_is_a_warning_naming_both_entries(string from, string to)
    {
        var warning = Assert.Single(Warnings(History("c", "united-kingdom", $"status: {from}", $"status: {to}")));

        // The second brief's status line: its 'status:' key, after ---, title, date, commitments:, id and by.
        Assert.Equal(("content/briefs/2026-01-02-c-2.md", 7, 5), (warning.File, warning.Line, warning.Column));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains($"goes from {from} (content/briefs/2026-01-01-c-1.md, line 8) to {to} here (line 7)", warning.Message);
        Assert.Contains("add a 'note:'", warning.Message);
    }

    [Theory]
    [InlineData("delivered", "pledged")]
    [InlineData("broken", "pledged")]
    [InlineData("in-progress", "offered")]
    public void A_note_on_the_entry_explains_the_change(string from, string to) =>
        Assert.Empty(Warnings(History("c", "united-kingdom", $"status: {from}", $"status: {to}; note: \"The court order was lifted.\"")));

    [Theory]
    [InlineData("pledged", "in-progress")]
    [InlineData("pledged", "delivered")]
    [InlineData("in-progress", "delivered")]
    [InlineData("pledged", "broken")]
    [InlineData("pledged", "withdrawn")]
    [InlineData("delivered", "delivered")]
    [InlineData("withdrawn", "pledged")]
    public void Ordinary_changes_and_restatements_are_not_questioned(string from, string to) =>
        Assert.Empty(Warnings(History("c", "united-kingdom", $"status: {from}", $"status: {to}")));

    [Fact]
    public void Pledging_again_after_a_withdrawal_is_questioned_only_for_the_same_amount()
    {
        const string pledged = "status: pledged; amount: { value: 3, scale: billion, unit: GBP }";
        var same = Warnings(History("c", "united-kingdom", pledged, "status: withdrawn", "status: pledged; amount: { value: 3000, scale: million, unit: GBP }"));
        Assert.Contains("re-announcement", Assert.Single(same).Message);

        Assert.Empty(Warnings(History("c", "united-kingdom", pledged, "status: withdrawn", "status: pledged; amount: { value: 2, scale: billion, unit: GBP }")));
    }

    [Fact]
    public void The_commitment_page_marks_a_reopening_with_its_note()
    {
        using var site = TestSite.Create(Actors + History("c", "united-kingdom", "status: pledged", "status: broken",
            "status: pledged; note: \"Parliament voted the money after all.\""));
        var page = BuiltSite.From(site.ConfigPath, site.OutputPath).Parse("commitments/c/index.html");

        var entry = page.QuerySelectorAll(".timeline-entry").Last();
        Assert.Equal("Reopened on 3 January 2026: Broken → Pledged", entry.QuerySelector(".transition")!.TextContent);
        Assert.Equal("Parliament voted the money after all.", entry.QuerySelector(".note")!.TextContent);
        Assert.Single(page.QuerySelectorAll(".transition"));
    }

    [Fact]
    public void An_unexplained_change_is_flagged_on_the_page_as_well()
    {
        using var site = TestSite.Create(Actors + History("c", "united-kingdom", "status: in-progress", "status: pledged"));
        var page = BuiltSite.From(site.ConfigPath, site.OutputPath).Parse("commitments/c/index.html");

        var mark = page.QuerySelector(".transition.is-progress-before-pledge")!;
        Assert.Equal("Moved back on 2 January 2026: In progress → Pledged no note explains this change", mark.TextContent);
        Assert.NotNull(mark.QuerySelector(".flag"));
    }

    [Fact]
    public void Each_entry_is_classified_against_the_one_before_and_the_first_never()
    {
        var mentions = new[] { Mention(CommitmentStatus.Delivered), Mention(CommitmentStatus.Pledged) };
        Assert.Equal([QuestionedTransition.None, QuestionedTransition.AfterDelivery], StatusTransitions.Of(mentions));
        Assert.True(QuestionedTransition.AfterDelivery.Reopens());
        Assert.False(QuestionedTransition.ProgressBeforePledge.Reopens());
    }

    private static CommitmentMention Mention(CommitmentStatus status) =>
        new(new Ref("c", default), new Ref("united-kingdom", default), null, null, status, [], null);
}
