using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests;

public sealed class MultipleFaultsTests
{
    [Fact]
    public void All_faults_of_a_site_are_reported_in_one_run_sorted_by_file_and_line()
    {
        using var site = TestSite.Create(Sites.Person + """

            -- content/briefs/2025-12-15-a.md --
            ---
            title: A
            date: 2025-02-30
            speakers: [nobody]
            ---
            See [[missing]].
            -- content/briefs/2025-12-16-b.md --
            ---
            date: 2025-12-16
            commitments:
              - id: c
                by: uk-government
                status: maybe
            ---
            -- content/organizations/x.md --
            ---
            name: [oops
            ---
            """);
        var analysis = site.Analyze();
        var summary = analysis.Diagnostics.Select(d => (d.File, d.Line, d.Code)).ToList();
        Assert.Equal(
            [
                ("content/briefs/2025-12-15-a.md", 3, Codes.InvalidDate),
                ("content/briefs/2025-12-15-a.md", 4, Codes.UnknownReference),
                ("content/briefs/2025-12-15-a.md", 6, Codes.UnknownWikiLink),
                ("content/briefs/2025-12-16-b.md", 2, Codes.MissingField),
                ("content/briefs/2025-12-16-b.md", 6, Codes.UnknownStatus),
                ("content/organizations/x.md", 2, Codes.MalformedYaml),
            ],
            summary);
        Assert.True(analysis.Failed(strict: false));
    }

    /// <summary>A file that cannot be read reports its own error, and what refers to it adds none: its commitments' first mentions, links to it.</summary>
    [Fact]
    public void A_brief_that_cannot_be_read_adds_no_errors_elsewhere()
    {
        using var site = TestSite.Create(Sites.Person + """

            -- content/people/broken.md --
            ---
            name: [Broken
            ---
            -- content/briefs/2025-12-15-first.md --
            ---
            title: First
            topics: [talks
            date: 2025-12-15
            commitments:
              - id: c
                by: uk-government
                text: The commitment
                status: offered
            ---
            -- content/briefs/2025-12-16-later.md --
            ---
            title: Later
            date: 2025-12-16
            commitments:
              - id: c
                by: uk-government
                status: pledged
            ---
            As [[first]] and [[briefs/first]] said, and [[broken]] too.
            """);

        var summary = site.Analyze().Diagnostics.Select(d => (d.File, d.Line, d.Code)).ToList();

        Assert.Equal(
            [
                ("content/briefs/2025-12-15-first.md", 3, Codes.MalformedYaml),
                ("content/people/broken.md", 2, Codes.MalformedYaml),
            ],
            summary);
    }
}
