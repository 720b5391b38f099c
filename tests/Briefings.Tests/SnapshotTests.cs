using Briefings.Tests.Support;

namespace Briefings.Tests;

/// <summary>Each page type and data file of the built sample site against its approved snapshot in Snapshots/.</summary>
public sealed class SnapshotTests
{
    public static TheoryData<string, string> PageTypes => new()
    {
        { "home", "index.html" },
        { "brief", "briefs/starmer-peace-deal-needs-robust-guarantees/index.html" },
        { "brief-corrected", "briefs/berlin-talks-not-easy-but-productive/index.html" },
        { "corrections", "corrections/index.html" },
        { "brief-archive", "briefs/index.html" },
        { "brief-archive-month", "briefs/2025/12/index.html" },
        { "person", "people/keir-starmer/index.html" },
        { "person-topic", "people/volodymyr-zelenskyy/topics/ukraine-peace-talks/index.html" },
        { "people", "people/index.html" },
        { "organization", "organizations/mi6/index.html" },
        { "organizations", "organizations/index.html" },
        { "commitment-tracker", "commitments/index.html" },
        { "commitment", "commitments/coalition-security-guarantees/index.html" },
        { "commitment-amounts", "commitments/uk-enduring-support/index.html" },
        { "organization-scorecard", "organizations/uk-government/index.html" },
        { "commitments-stale", "commitments/stale/index.html" },
        { "commitments-actors", "commitments/actors/index.html" },
        { "topics", "topics/index.html" },
        { "topic", "topics/security-guarantees/index.html" },
        { "not-found", "404.html" },
    };

    [Theory]
    [MemberData(nameof(PageTypes))]
    public void Page_matches_its_snapshot(string name, string path)
    {
        Snapshot.Verify(SampleSite.Built.Read(path), name);
    }

    /// <summary>Each paged page type, from the sample built two to a page.</summary>
    public static TheoryData<string, string> PagedPageTypes => new()
    {
        { "paged-brief-archive", "briefs/index.html" },
        { "paged-brief-archive-month", "briefs/2025/12/index.html" },
        { "paged-people", "people/page/2/index.html" },
        { "paged-person", "people/keir-starmer/index.html" },
        { "paged-person-quotes", "people/keir-starmer/quotes/page/2/index.html" },
        { "paged-organization-briefs", "organizations/united-states/briefs/page/2/index.html" },
        { "paged-commitment-tracker", "commitments/index.html" },
        { "paged-commitment-status", "commitments/status/offered/page/2/index.html" },
        { "paged-commitment", "commitments/coalition-security-guarantees/index.html" },
        { "paged-commitment-timeline", "commitments/coalition-security-guarantees/timeline/page/2/index.html" },
        { "paged-topic", "topics/ukraine-peace-talks/page/2/index.html" },
    };

    [Theory]
    [MemberData(nameof(PagedPageTypes))]
    public void Paged_page_matches_its_snapshot(string name, string path)
    {
        Snapshot.Verify(SampleSite.Paged.Read(path), name);
    }

    public static TheoryData<string> ApiFiles => new() { "briefs", "people", "organizations", "commitments" };

    /// <summary>The data files other tools read (docs/data.md): a field that changes or goes shows in the diff.</summary>
    [Theory]
    [MemberData(nameof(ApiFiles))]
    public void Api_file_matches_its_snapshot(string name)
    {
        Snapshot.Verify(JsonLayout.Indent(SampleSite.Built.Read($"api/{name}.json")), $"api-{name}", extension: "json");
    }

    [Fact]
    public void Json_layout_adds_line_breaks_only_outside_strings_and_keeps_every_character()
    {
        const string Compact = """{"a":"x,\"{[]}","b":[],"c":[1,{"d":null}]}""";

        var laidOut = JsonLayout.Indent(Compact);

        Assert.Equal("""
            {
              "a":"x,\"{[]}",
              "b":[],
              "c":[
                1,
                {
                  "d":null
                }
              ]
            }
            """, laidOut);
        Assert.Equal(Compact, laidOut.Replace("\n", "").Replace(" ", ""));
    }

    [Fact]
    public void Changing_one_word_of_a_brief_fails_its_snapshot_with_a_readable_diff()
    {
        using var site = SampleSite.Copy();
        var brief = "content/briefs/2025-12-15-starmer-peace-deal-needs-robust-guarantees.md";
        site.Write(brief, site.Read(brief).Replace("told MPs on Monday", "told MPs on Tuesday"));
        var changed = BuiltSite.From(site.ConfigPath, site.OutputPath);

        var failure = Snapshot.Compare(changed.Read("briefs/starmer-peace-deal-needs-robust-guarantees/index.html"), "brief-edited-probe", ProbeFile());
        Assert.NotNull(failure);
        Assert.Contains("told MPs on Tuesday", failure);
        Assert.Contains("\n-", failure);
        Assert.Contains("\n+", failure);
        Assert.Contains("@@ -", failure);
    }

    /// <summary>Compares against the brief's verified snapshot by copying it to a probe name, so the real one is never touched.</summary>
    private static string ProbeFile([System.Runtime.CompilerServices.CallerFilePath] string file = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(file)!, "Snapshots");
        var probe = Path.Combine(Path.GetTempPath(), "briefings-tests", "probe-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(probe, "Snapshots"));
        File.Copy(Path.Combine(folder, "brief.verified.html"), Path.Combine(probe, "Snapshots", "brief-edited-probe.verified.html"));
        return Path.Combine(probe, "Test.cs");
    }
}
