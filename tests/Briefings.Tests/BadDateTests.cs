using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests;

/// <summary>A date that does not read says what is wrong with it, and is the only thing reported about it.</summary>
public sealed class BadDateTests
{
    private const string Brief = "content/briefs/2025-12-15-x.md";

    [Theory]
    [InlineData("2026-13-01", "'date' 2026-13-01 has month 13, which is out of range; months run from 01 to 12")]
    [InlineData("2026-00-10", "'date' 2026-00-10 has month 00, which is out of range; months run from 01 to 12")]
    [InlineData("2026-13-01T10:00:00Z", "'date' 2026-13-01 has month 13, which is out of range; months run from 01 to 12")]
    [InlineData("2026-02-30", "'date' 2026-02-30 has day 30, which is out of range; February 2026 has 28 days")]
    [InlineData("2024-02-30", "'date' 2024-02-30 has day 30, which is out of range; February 2024 has 29 days")]
    [InlineData("2026-04-31", "'date' 2026-04-31 has day 31, which is out of range; April 2026 has 30 days")]
    [InlineData("2026-01-00", "'date' 2026-01-00 has day 00, which is out of range; January 2026 has 31 days")]
    [InlineData("0000-01-01", "'date' 0000-01-01 has year 0000, which is out of range; years run from 0001")]
    [InlineData("2025-1-5", "'date' 2025-1-5 is not written as yyyy-mm-dd; write it as 2025-01-05")]
    [InlineData("15/12/2025", "'date' is not an ISO date: '15/12/2025'; write it as yyyy-mm-dd, e.g. 2025-12-15")]
    [InlineData("2025-12-15T25:00", "'date' is not an ISO date: '2025-12-15T25:00'; write it as yyyy-mm-dd, e.g. 2025-12-15")]
    public void A_bad_date_is_BRF015_saying_what_is_wrong_and_nothing_else(string date, string message)
    {
        using var site = TestSite.Create(Sites.WithBrief($"title: x\ndate: {date}\nspeakers: [keir-starmer]"));
        var analysis = site.Analyze();

        var diagnostic = Assert.Single(analysis.Diagnostics);
        Assert.Equal($"{Brief}(3,7): error BRF015: {message}", diagnostic.ToString());
    }

    [Fact]
    public void A_bad_source_date_says_what_is_wrong()
    {
        using var site = TestSite.Create(Sites.WithBrief("title: x\ndate: 2025-12-15\nsource: { title: s, date: 2025-11-31 }"));

        var diagnostic = Assert.Single(site.Analyze().Diagnostics);
        Assert.Equal($"{Brief}(4,27): error BRF015: 'date' 2025-11-31 has day 31, which is out of range; November 2025 has 30 days", diagnostic.ToString());
    }

    private const string FirstMention = """
        -- content/briefs/2025-12-10-first.md --
        ---
        title: First
        date: 2025-12-10
        commitments:
          - { id: c1, by: uk-government, text: "One", status: offered }
          - { id: c2, by: uk-government, text: "Two", status: offered }
        ---
        """;

    private const string CommitmentFile = """
        -- content/commitments/c3.md --
        ---
        title: Three
        ---
        """;

    /// <summary>
    /// A brief without a readable date mentions commitments: one first given in a dated brief (restated here
    /// without text), one whose text is given only here and restated later, one known only from here.
    /// </summary>
    [Theory]
    [InlineData("date: 2026-13-01", Codes.InvalidDate, 3, 7)]
    [InlineData("date: 2026-02-30", Codes.InvalidDate, 3, 7)]
    [InlineData("date: soon", Codes.InvalidDate, 3, 7)]
    [InlineData("date: [2025, 12, 15]", Codes.WrongType, 3, 7)]
    [InlineData("", Codes.MissingField, 2, 1)]
    public void A_brief_without_a_readable_date_adds_no_commitment_errors(string date, string code, int line, int column)
    {
        using var site = TestSite.Create(Sites.Person + "\n" + FirstMention + "\n" + CommitmentFile + $$"""

            -- content/briefs/2025-12-15-x.md --
            ---
            title: x
            {{date}}
            commitments:
              - { id: c1, by: keir-starmer, status: pledged }
              - { id: c2, by: uk-government, status: pledged }
              - { id: c3, by: uk-government, text: "Three", status: offered }
              - { id: c4, by: uk-government, text: "Four", status: offered }
            ---
            -- content/briefs/2025-12-20-later.md --
            ---
            title: Later
            date: 2025-12-20
            commitments:
              - { id: c4, by: keir-starmer, status: delivered }
            ---
            """);
        var analysis = site.Analyze();

        var diagnostic = Assert.Single(analysis.Diagnostics);
        Assert.Equal((code, Brief, line, column), (diagnostic.Code, diagnostic.File, diagnostic.Line, diagnostic.Column));
    }
}
