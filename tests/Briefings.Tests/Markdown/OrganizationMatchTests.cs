using Briefings.Content;
using Briefings.Tests.Search;
using Briefings.Tests.Support;

namespace Briefings.Tests.Markdown;

/// <summary>
/// Issue 19: a brief's text makes an organization one of the brief's only by its name or a phrase under its
/// <c>match:</c>; its aliases ("the previous US administration") serve search and suggestions, never matching.
/// </summary>
public sealed class OrganizationMatchTests
{
    private const string Site = """
        -- content/people/keir-starmer.md --
        ---
        name: Keir Starmer
        aliases: [Starmer]
        ---
        -- content/organizations/us-government.md --
        ---
        name: US Government
        kind: government
        aliases: ["previous US administration", "Washington"]
        match: ["Trump administration"]
        ---
        -- content/briefs/2026-01-01-alias.md --
        ---
        title: alias
        date: 2026-01-01
        ---
        The previous US administration had promised support, Washington said, and Starmer agreed.
        -- content/briefs/2026-01-02-name.md --
        ---
        title: name
        date: 2026-01-02
        ---
        The US Government said so.
        -- content/briefs/2026-01-03-phrase.md --
        ---
        title: phrase
        date: 2026-01-03
        ---
        Officials of the Trump administration said so.
        """;

    [Fact]
    public void An_alias_in_a_body_does_not_make_the_organization_one_of_the_briefs()
    {
        using var site = TestSite.Create(Site);
        var graph = site.AnalyzeClean().Graph!;
        Assert.Empty(graph.BriefsBySlug["alias"].Organizations);
        Assert.Equal(["phrase", "name"], graph.OrganizationsById["us-government"].Briefs.Select(b => b.Brief.Slug));
    }

    [Fact]
    public void People_are_still_matched_by_alias()
    {
        using var site = TestSite.Create(Site);
        var graph = site.AnalyzeClean().Graph!;
        Assert.Equal(["keir-starmer"], graph.BriefsBySlug["alias"].People.Select(p => p.Person.Id));
    }

    [Fact]
    public void Aliases_still_serve_search()
    {
        using var site = TestSite.Create(Site);
        var words = SearchIndexFiles.Write(site.AnalyzeClean().Graph!).Postings("t");
        Assert.Contains("washington", words.Keys);
        Assert.Contains("administration", words.Keys);
    }

    [Fact]
    public void Every_organization_of_a_sample_brief_is_a_commitment_actor_a_link_or_named_by_name_or_match_phrase()
    {
        var graph = SampleSite.Analyze().Graph!;
        Assert.Contains(graph.Organizations, o => o.Organization.Match.Count > 0);
        foreach (var brief in graph.Briefs)
        {
            var actors = brief.Brief.Commitments.SelectMany(c => c.To is { } to ? new[] { c.By.Id, to.Id } : [c.By.Id]);
            var linked = brief.Body.Links.Where(k => k.Kind == ContentKind.Organization).Select(k => k.Id);
            var text = brief.Brief.Body.Markdown;
            foreach (var organization in brief.Organizations)
            {
                var o = organization.Organization;
                var named = new[] { o.Name }.Concat(o.Match).Any(phrase => text.Contains(phrase, StringComparison.Ordinal));
                Assert.True(actors.Contains(o.Id) || linked.Contains(o.Id) || named, $"{brief.Brief.Slug} lists {o.Id}");
            }

            // And the converse for aliases: one that is neither name nor phrase never adds the organization alone.
            foreach (var organization in graph.Organizations.Except(brief.Organizations))
            {
                var o = organization.Organization;
                Assert.False(new[] { o.Name }.Concat(o.Match).Any(phrase => ContainsWord(text, phrase)), $"{brief.Brief.Slug} names {o.Id} but does not list it");
            }
        }
    }

    private static bool ContainsWord(string text, string phrase)
    {
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }
}
