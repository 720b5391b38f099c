using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests;

/// <summary>
/// The content rules, one small site per fault: each asserts the code, the file, the line and the column.
/// Faults in the files themselves (encoding, size, malformed or hostile YAML, unsafe URLs and slugs) are in
/// Hardening/, each added to a site that built before.
/// </summary>
public sealed class DiagnosticsTests
{
    private const string Brief = "content/briefs/2025-12-15-x.md";

    private static SiteAnalysis AnalyzeBrief(string frontMatter, string body = "Body.")
    {
        using var site = TestSite.Create(Sites.WithBrief(frontMatter, body));
        return site.Analyze();
    }

    [Fact]
    public void Valid_site_has_no_diagnostics()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief));
        site.AnalyzeClean();
    }

    [Fact]
    public void Missing_title_is_BRF013()
    {
        var diagnostic = AnalyzeBrief("date: 2025-12-15\nspeakers: [keir-starmer]").Single(Codes.MissingField, Brief, 2, 1);
        Assert.Equal("missing required field 'title'", diagnostic.Message);
    }

    [Fact]
    public void Missing_quote_text_is_BRF013_at_the_quote()
    {
        var analysis = AnalyzeBrief("title: x\ndate: 2025-12-15\nquotes:\n  - by: keir-starmer\n    context: y");
        analysis.Single(Codes.MissingField, Brief, 5, 5);
    }

    [Fact]
    public void Unknown_organization_of_a_person_is_BRF012()
    {
        using var site = TestSite.Create(Sites.Person + "\n-- content/people/a-b.md --\n---\nname: A B\norganization: mi7\n---\n");
        site.Analyze().Single(Codes.UnknownReference, "content/people/a-b.md", 3, 15);
    }

    [Fact]
    public void Unknown_key_is_a_BRF017_warning_naming_the_known_keys()
    {
        var analysis = AnalyzeBrief("title: x\ndate: 2025-12-15\ntags: [peace]");
        var diagnostic = analysis.Single(Codes.UnknownKey, Brief, 4, 1);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Contains("use one of: title, date,", diagnostic.Message);
        Assert.False(analysis.Failed(strict: false));
        Assert.True(analysis.Failed(strict: true));
    }

    [Fact]
    public void Unknown_wikilink_is_BRF025_at_the_link()
    {
        var analysis = AnalyzeBrief(Sites.ValidBrief, "First line.\n\nSee [[keir-starmr]] now.");
        var diagnostic = analysis.Single(Codes.UnknownWikiLink, Brief, 8, 5);
        Assert.Contains("did you mean 'keir-starmer'", diagnostic.Message);
    }

    [Fact]
    public void Unknown_kind_qualified_wikilink_is_BRF025()
    {
        var analysis = AnalyzeBrief(Sites.ValidBrief, "See [[organizations/keir-starmer|him]].");
        analysis.Single(Codes.UnknownWikiLink, Brief, 6, 5);
    }

    [Fact]
    public void Wikilink_to_a_draft_left_out_is_BRF025_saying_so_and_how_to_include_drafts()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief, "See [[next]] and [[briefs/next|the next one]].") +
            "-- content/briefs/2025-12-20-next.md --\n---\ntitle: Next\ndate: 2025-12-20\ndraft: true\n---\nBody.\n");

        var analysis = site.Analyze();
        Assert.Equal(
            [
                $"{Brief}(6,5): error BRF025: [[next]] links to the draft brief content/briefs/2025-12-20-next.md, which is left out unless drafts are included; build or check with --drafts, or publish it with 'draft: false'",
                $"{Brief}(6,18): error BRF025: [[briefs/next]] links to the draft brief content/briefs/2025-12-20-next.md, which is left out unless drafts are included; build or check with --drafts, or publish it with 'draft: false'",
            ],
            analysis.Diagnostics.Select(d => d.ToString()));
        Assert.Empty(site.Analyze(drafts: true).Diagnostics);
    }

    [Fact]
    public void Ambiguous_wikilink_is_BRF026_listing_both_kinds()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief + "\ntopics: [keir-starmer]", "About [[keir-starmer]]."));
        var diagnostic = site.Analyze().Single(Codes.AmbiguousWikiLink, Brief, 7, 7);
        Assert.Contains("people/keir-starmer", diagnostic.Message);
        Assert.Contains("topics/keir-starmer", diagnostic.Message);
    }

    [Fact]
    public void Duplicate_id_across_people_and_organizations_is_BRF019()
    {
        using var site = TestSite.Create(Sites.Person + "\n-- content/organizations/keir-starmer.md --\n---\nname: K\n---\n");
        var diagnostic = site.Analyze().Single(Codes.DuplicateId, "content/people/keir-starmer.md", 1, 1);
        Assert.Contains("content/organizations/keir-starmer.md", diagnostic.Message);
    }

    [Fact]
    public void Duplicate_id_differing_only_in_case_is_BRF019()
    {
        using var site = TestSite.Create(Sites.Person + "\n-- content/topics/peace.md --\n---\ntitle: A\n---\n-- content/topics/sub/Peace.md --\n---\ntitle: B\n---\n");
        var analysis = site.Analyze();
        analysis.Single(Codes.DuplicateId, "content/topics/sub/Peace.md", 1, 1);
        analysis.Single(Codes.InvalidId, "content/topics/sub/Peace.md", 1, 1);
    }

    [Fact]
    public void Duplicate_slug_is_BRF020()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief) + "-- content/briefs/2025-12-16-x.md --\n---\ntitle: y\ndate: 2025-12-16\n---\n");
        site.Analyze().Single(Codes.DuplicateSlug, "content/briefs/2025-12-16-x.md", 1, 1);
    }

    [Fact]
    public void Duplicate_explicit_slug_points_at_the_slug()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief) + "-- content/briefs/other.md --\n---\ntitle: y\ndate: 2025-12-16\nslug: x\n---\n");
        site.Analyze().Single(Codes.DuplicateSlug, "content/briefs/other.md", 4, 7);
    }

    [Fact]
    public void Invalid_file_name_id_is_BRF018()
    {
        using var site = TestSite.Create(Sites.Person + "\n-- content/people/Bad Name.md --\n---\nname: B\n---\n");
        var diagnostic = site.Analyze().Single(Codes.InvalidId, "content/people/Bad Name.md", 1, 1);
        Assert.Contains("bad-name.md", diagnostic.Message);
    }

    [Fact]
    public void Unknown_status_is_BRF016_with_did_you_mean()
    {
        var analysis = AnalyzeBrief("title: x\ndate: 2025-12-15\ncommitments:\n  - id: c\n    by: uk-government\n    text: t\n    status: promised");
        var diagnostic = analysis.Single(Codes.UnknownStatus, Brief, 8, 13);
        Assert.Contains("did you mean 'proposed'", diagnostic.Message);
    }

    [Fact]
    public void Commitment_first_mentioned_without_text_is_BRF022()
    {
        using var site = TestSite.Create(Sites.WithBrief("title: x\ndate: 2025-12-15\ncommitments:\n  - id: c\n    by: uk-government\n    status: offered") +
            "-- content/briefs/2025-12-20-later.md --\n---\ntitle: later\ndate: 2025-12-20\ncommitments:\n  - id: c\n    by: uk-government\n    text: t\n    status: pledged\n---\n");
        var diagnostic = site.Analyze().Single(Codes.CommitmentWithoutText, Brief, 5, 9);
        Assert.Contains("2025-12-20-later.md", diagnostic.Message);
    }

    [Fact]
    public void Organization_cycle_is_BRF023()
    {
        using var site = TestSite.Create(Sites.Person + """

            -- content/organizations/a.md --
            ---
            name: A
            parent: b
            ---
            -- content/organizations/b.md --
            ---
            name: B
            parent: a
            ---
            """);
        var diagnostic = site.Analyze().Single(Codes.ParentCycle, "content/organizations/a.md", 3, 9);
        Assert.Contains("a → b → a", diagnostic.Message);
    }

    [Fact]
    public void Organization_that_is_its_own_parent_is_BRF023()
    {
        using var site = TestSite.Create(Sites.Person + "\n-- content/organizations/a.md --\n---\nname: A\nparent: a\n---\n");
        site.Analyze().Single(Codes.ParentCycle, "content/organizations/a.md", 3, 9);
    }

    [Fact]
    public void Unknown_organization_kind_is_BRF027()
    {
        using var site = TestSite.Create(Sites.Person + "\n-- content/organizations/a.md --\n---\nname: A\nkind: goverment\n---\n");
        var diagnostic = site.Analyze().Single(Codes.InvalidValue, "content/organizations/a.md", 3, 7);
        Assert.Contains("did you mean 'government'", diagnostic.Message);
    }

    [Fact]
    public void Utf8_bom_and_crlf_are_accepted()
    {
        using var site = TestSite.Create(Sites.Person);
        site.WriteBytes(Brief, [0xEF, 0xBB, 0xBF, .. "---\r\ntitle: x\r\ndate: 2025-12-15\r\nspeakers: [keir-starmer]\r\n---\r\nBody [[keir-starmer]].\r\n"u8]);
        site.AnalyzeClean();
    }

    [Theory]
    [InlineData("title: a '\n? &a [*a]\n: v\nnote: it's")]
    [InlineData("title: \"*quoted*\"\n? &a [*a]\n: v")]
    public void Self_referencing_alias_is_refused_whatever_quotes_come_before_it(string frontMatter)
    {
        // The quick scan that skips the alias check must not be fooled by a quote that is plain text.
        AnalyzeBrief(frontMatter).Single(Codes.YamlTooComplex, Brief, 3, 7);
    }

    [Fact]
    public void Missing_config_is_BRF029()
    {
        using var site = TestSite.Create(Sites.Person);
        site.Delete("site.config.yml");
        var analysis = site.Analyze();
        analysis.Single(Codes.ConfigMissing, "site.config.yml", 1, 1);
        Assert.Null(analysis.Graph);
    }

    [Fact]
    public void Config_without_title_is_BRF013_and_a_slip_of_it_is_BRF034()
    {
        using var site = TestSite.Create(Sites.Person + "\n-- site.config.yml --\nbase_url: \"https://example.org/\"\ntitel: x\n");
        var analysis = site.Analyze();
        analysis.Single(Codes.MissingField, "site.config.yml", 1, 1);
        Assert.Contains("did you mean 'title'", analysis.Single(Codes.MisspeltKey, "site.config.yml", 2, 1).Message);
    }

    [Fact]
    public void Commitment_file_never_mentioned_is_BRF031()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief) + "-- content/commitments/orphan.md --\n---\ntitle: O\n---\n");
        Assert.Equal(Severity.Warning, site.Analyze().Single(Codes.CommitmentUnused, "content/commitments/orphan.md", 1, 1).Severity);
    }

    [Fact]
    public void Commitment_made_by_two_actors_is_BRF032()
    {
        using var site = TestSite.Create(Sites.WithBrief("title: x\ndate: 2025-12-15\ncommitments:\n  - id: c\n    by: uk-government\n    text: t\n    status: offered") +
            "-- content/briefs/2025-12-20-later.md --\n---\ntitle: later\ndate: 2025-12-20\ncommitments:\n  - id: c\n    by: keir-starmer\n    status: pledged\n---\n");
        site.Analyze().Single(Codes.CommitmentConflict, "content/briefs/2025-12-20-later.md", 6, 9);
    }

    [Fact]
    public void Every_code_is_documented()
    {
        var docs = File.ReadAllText(Path.Combine(SampleSite.Root, "docs", "diagnostics.md"));
        var codes = typeof(Codes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Contains($"## {code}", docs));
    }
}
