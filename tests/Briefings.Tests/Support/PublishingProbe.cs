namespace Briefings.Tests.Support;

/// <summary>
/// Briefs added to a copy of the sample site so that the browser and validity checks meet every page type of
/// publishing (issue 25): a retracted brief with a byline and a renamed slug (a redirect page), and an expired brief.
/// Built as of <see cref="TestDates.SampleAsOf"/>; the sample site itself already has a corrected brief.
/// </summary>
public static class PublishingProbe
{
    public const string RetractedBrief = "briefs/claim-of-a-ceasefire-deal/index.html";

    public const string ExpiredBrief = "briefs/ceasefire-talks-scheduled/index.html";

    public const string Redirect = "briefs/ceasefire-deal-claimed/index.html";

    public const string CorrectedBrief = "briefs/berlin-talks-not-easy-but-productive/index.html";

    public const string Corrections = "corrections/index.html";

    public static void AddTo(TestSite site)
    {
        site.Write("content/briefs/2025-12-16-claim-of-a-ceasefire-deal.md", """
            ---
            title: "Report of a ceasefire deal by Christmas"
            date: 2025-12-16
            summary: "A report that a ceasefire had been agreed for Christmas."
            byline: [keir-starmer, "Policy desk"]
            redirect_from: [ceasefire-deal-claimed]
            topics: [ukraine-peace-talks]
            updates:
              - { date: 2025-12-17, kind: correction, text: "The report named the wrong city for the talks." }
              - { date: 2025-12-18, kind: retraction, text: "The report rested on a single source who has since withdrawn the claim." }
            ---
            A report said a ceasefire had been agreed to begin at Christmas.
            """);
        site.Write("content/briefs/2025-12-01-ceasefire-talks-scheduled.md", """
            ---
            title: "Ceasefire talks set for the week of 8 December"
            date: 2025-12-01
            expiry_date: 2025-12-10
            expiry_reason: "The talks took place; see the later briefs."
            ---
            Talks are due in the week of 8 December.
            """);
    }
}
