using Briefings.Diagnostics;
using Briefings.Incremental;
using Briefings.Tests.Support;

namespace Briefings.Tests.Linting;

/// <summary>The lints: warnings for what is valid but most often a mistake, each on the file and line an author fixes.</summary>
public sealed class LintTests
{
    private const string Source = """
        source: { title: "Report", url: "https://example.org/report", date: 2025-12-15 }
        """;

    /// <summary>The people and countries of <see cref="Sites"/> and a first brief recording 'troops', with <paramref name="frontMatter"/> added before its commitments.</summary>
    private static string TroopsSite(string frontMatter = "") => Sites.Person + "\n" + Sites.Countries +
        "-- content/briefs/2025-12-10-first.md --\n---\ntitle: First\ndate: 2025-12-10\nspeakers: [keir-starmer]\n" + frontMatter +
        "commitments:\n  - { id: troops, by: united-kingdom, to: ukraine, text: \"Send troops\", status: offered }\n---\nBody.\n";

    private static IReadOnlyList<Diagnostic> Lint(TestSite site, string code) =>
        site.Analyze().Diagnostics.Where(d => d.Code == code).ToList();

    [Fact]
    public void A_person_and_an_organization_nothing_mentions_are_each_a_warning_on_their_file()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief + "\n" + Source) + """
            -- content/people/anna-kovalenko.md --
            ---
            name: Anna Kovalenko
            ---
            -- content/organizations/kyiv-city-council.md --
            ---
            name: Kyiv City Council
            kind: other
            ---
            """);

        var found = Lint(site, Codes.Unmentioned);

        Assert.Equal(["content/organizations/kyiv-city-council.md(1,1)", "content/people/anna-kovalenko.md(1,1)"], found.Select(d => $"{d.File}({d.Line},{d.Column})"));
        Assert.All(found, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Contains("nothing mentions Anna Kovalenko", found[1].Message);
        Assert.Contains("[[anna-kovalenko]]", found[1].Message);
    }

    /// <summary>A body link, a byline, a commitment made or received, membership of an organization: each is a mention.</summary>
    [Theory]
    [InlineData("body: \"As [[anna-kovalenko]] said.\"")]
    [InlineData("byline: [anna-kovalenko]")]
    [InlineData("quotes: [{ by: anna-kovalenko, text: \"Yes.\" }]")]
    [InlineData("commitments: [{ id: c, by: anna-kovalenko, text: \"Do it\", status: pledged }]")]
    [InlineData("commitments: [{ id: c, by: uk-government, to: anna-kovalenko, text: \"Do it\", status: pledged }]")]
    public void Any_mention_of_a_person_silences_the_warning(string mention)
    {
        var body = mention.StartsWith("body: ", StringComparison.Ordinal) ? mention[7..^1] : "Body.";
        var frontMatter = Sites.ValidBrief + "\n" + Source + (body == "Body." ? "\n" + mention : "");
        using var site = TestSite.Create(Sites.WithBrief(frontMatter, body) + """
            -- content/people/anna-kovalenko.md --
            ---
            name: Anna Kovalenko
            ---
            """);

        Assert.Empty(Lint(site, Codes.Unmentioned));
    }

    [Fact]
    public void An_organization_with_a_member_or_a_child_is_mentioned()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief + "\n" + Source) + """
            -- content/organizations/cabinet-office.md --
            ---
            name: Cabinet Office
            kind: government
            parent: uk-government
            ---
            """);

        // uk-government has a member (Keir Starmer) and a child; the child itself is mentioned by nothing.
        Assert.Equal(["content/organizations/cabinet-office.md"], Lint(site, Codes.Unmentioned).Select(d => d.File));
    }

    [Theory]
    [InlineData("Volodymyr Zelensky", "Volodymyr Zelenskyy", true)]
    [InlineData("Volodymyr Zelenskyy", "Volodymyr  Zelenskyy.", true)]
    [InlineData("Anthony Blair", "Anthony Charles Blair", true)]
    [InlineData("Emmanuel Macron", "Emanuel Macron", true)]
    [InlineData("Abigail Chan", "Abigail Cohen", false)]
    [InlineData("Julia Hansen", "Julia Jansen", false)]
    [InlineData("Li Wei", "Li Wen", false)]
    [InlineData("Anna Kovalenko", "Maria Kovalenko", false)]
    public void Two_people_whose_names_are_one_slip_apart_are_a_warning_on_the_later_file(string first, string second, bool near)
    {
        using var site = TestSite.Create(Sites.WithBrief("title: x\ndate: 2025-12-15\nspeakers: [keir-starmer, a, b]\n" + Source) + $"""
            -- content/people/a.md --
            ---
            name: "{first}"
            ---
            -- content/people/b.md --
            ---
            name: "{second}"
            ---
            """);

        var found = Lint(site, Codes.NearlySameName);

        if (near)
        {
            var warning = Assert.Single(found);
            Assert.Equal("content/people/b.md", warning.File);
            Assert.Contains($"'{second}' is", warning.Message);
            Assert.Contains($"'{first}' (content/people/a.md)", warning.Message);
        }
        else
        {
            Assert.Empty(found);
        }
    }

    [Fact]
    public void An_alias_counts_as_a_name_but_a_persons_own_names_never_match_each_other()
    {
        using var site = TestSite.Create(Sites.WithBrief("title: x\ndate: 2025-12-15\nspeakers: [keir-starmer, a, b]\n" + Source) + """
            -- content/people/a.md --
            ---
            name: "Volodymyr Zelenskyy"
            aliases: ["Volodymyr Zelensky", "Zelenskyy"]
            ---
            -- content/people/b.md --
            ---
            name: "Vladimir Putin"
            aliases: ["Volodimir Zelensky"]
            ---
            """);

        var warning = Assert.Single(Lint(site, Codes.NearlySameName));
        Assert.Equal("content/people/b.md", warning.File);
        Assert.Contains("'Volodimir Zelensky' is nearly the same name as 'Volodymyr Zelensky' (content/people/a.md)", warning.Message);
    }

    [Fact]
    public void A_commitment_no_brief_gives_a_source_for_is_a_warning_at_its_first_entry()
    {
        using var site = TestSite.Create(TroopsSite() + """
            -- content/briefs/2025-12-12-second.md --
            ---
            title: Second
            date: 2025-12-12
            source: { publisher: "Wire" }
            commitments:
              - { id: troops, by: united-kingdom, status: pledged }
            ---
            Body.
            """);

        var warning = Assert.Single(Lint(site, Codes.CommitmentWithoutSource));
        Assert.Equal("content/briefs/2025-12-10-first.md(6,11)", $"{warning.File}({warning.Line},{warning.Column})");
        Assert.Contains("commitment 'troops' has no source: none of the 2 briefs", warning.Message);

        site.Write("content/briefs/2025-12-12-second.md", site.Read("content/briefs/2025-12-12-second.md").Replace("{ publisher: \"Wire\" }", "{ title: \"Wire report\" }"));
        Assert.Empty(Lint(site, Codes.CommitmentWithoutSource));
    }

    [Fact]
    public void A_commitment_with_a_file_of_its_own_is_reported_there()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief + "\ncommitments: [{ id: c, by: uk-government, text: \"Do it\", status: pledged }]") + """
            -- content/commitments/c.md --
            ---
            title: Do it
            ---
            """);

        var warning = Assert.Single(Lint(site, Codes.CommitmentWithoutSource));
        Assert.Equal("content/commitments/c.md", warning.File);
        Assert.Contains("the brief that records it cites none; add source: with a url or title to content/briefs/2025-12-15-x.md", warning.Message);
    }

    [Theory]
    [InlineData("date: 2025-12-08", true)]
    [InlineData("date: 2025-12-08\npublish_date: 2025-12-15", false)]
    [InlineData("date: 2025-12-08\npublish_date: 2025-12-10", true)]
    [InlineData("date: 2025-12-15", false)]
    [InlineData("date: 2025-12-16", false)]
    public void A_brief_that_goes_out_before_its_source_is_a_warning_at_the_source_date(string dates, bool warned)
    {
        using var site = TestSite.Create(Sites.WithBrief($"title: x\n{dates}\nspeakers: [keir-starmer]\nsource:\n  title: Report\n  date: 2025-12-15"));

        var found = Lint(site, Codes.BriefBeforeSource);

        if (warned)
        {
            var warning = Assert.Single(found);
            Assert.Equal(dates.Split('\n').Length + 6, warning.Line);
            Assert.Equal(9, warning.Column);
            Assert.Contains("the source is dated 2025-12-15, after the brief's", warning.Message);
            Assert.Contains("add publish_date: 2025-12-15", warning.Message);
        }
        else
        {
            Assert.Empty(found);
        }
    }

    [Fact]
    public void Lints_wait_until_the_site_has_no_error()
    {
        using var site = TestSite.Create(Sites.WithBrief("title: x\ndate: 2025-12-15\nspeakers: [keir-starmr]"));

        var diagnostics = site.Analyze().Diagnostics;

        Assert.Contains(diagnostics, d => d.Code == Codes.UnknownReference);
        Assert.DoesNotContain(diagnostics, d => Lints.Codes.Contains(d.Code));
    }

    [Fact]
    public void In_serve_an_edit_that_removes_the_only_source_reports_what_a_full_check_reports()
    {
        using var site = TestSite.Create(TroopsSite("source: { title: \"Report\" }\n"));
        var session = new SiteSession(site.Options() with { OutputPath = site.OutputPath });
        Assert.True(session.Build().Succeeded);

        const string brief = "content/briefs/2025-12-10-first.md";
        site.Write(brief, site.Read(brief).Replace("source: { title: \"Report\" }", "source: { publisher: \"Wire\" }"));
        var rebuilt = session.Rebuild([Path.Combine(site.Root, brief)]);
        session.Settle();

        Assert.Equal(site.Analyze().Diagnostics, rebuilt.Diagnostics);
        Assert.Contains(rebuilt.Diagnostics, d => d.Code == Codes.CommitmentWithoutSource);
    }
}
