using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests;

/// <summary>
/// A key Briefings does not read: a slip of a known key (two edits at most, or its singular or plural) is an
/// error, as the value would be lost, in every kind of file and every map inside one; any other key is a warning.
/// </summary>
public sealed class UnknownKeyTests
{
    private const string Brief = "content/briefs/2025-12-15-x.md";

    private const string Slip = "error BRF034: unknown key";

    public static TheoryData<string, string> Slips() => new()
    {
        { Sites.WithBrief("title: x\ndate: 2025-12-15\nspeaker: [keir-starmer]"), $"{Brief}(4,1): {Slip} 'speaker' in a brief would lose its value; did you mean 'speakers'?" },
        { Sites.WithBrief("title: x\ndate: 2025-12-15\nsummaries: s"), $"{Brief}(4,1): {Slip} 'summaries' in a brief would lose its value; did you mean 'summary'?" },
        { Sites.WithBrief("Title: x\ntitle: x\ndate: 2025-12-15"), $"{Brief}(2,1): {Slip} 'Title' in a brief would lose its value; did you mean 'title'?" },
        {
            Sites.WithBrief("title: x\ndate: 2025-12-15\nquotes:\n  - by: keir-starmer\n    text: t\n    contxt: c"),
            $"{Brief}(7,5): {Slip} 'contxt' in a quote would lose its value; did you mean 'context'?"
        },
        {
            Sites.WithBrief("title: x\ndate: 2025-12-15\ncommitments:\n  - id: c\n    by: uk-government\n    text: t\n    status: offered\n    condition: [x]"),
            $"{Brief}(9,5): {Slip} 'condition' in a commitment entry would lose its value; did you mean 'conditions'?"
        },
        { Sites.WithBrief("title: x\ndate: 2025-12-15\nsource: { titel: s }"), $"{Brief}(4,11): {Slip} 'titel' in the source would lose its value; did you mean 'title'?" },
        { Sites.WithBrief("title: x\ndate: 2025-12-15\nsource: { title: s, archive_ur: \"https://web.archive.org/\" }"), $"{Brief}(4,21): {Slip} 'archive_ur' in the source would lose its value; did you mean 'archive_url'?" },
        {
            Sites.WithBrief("title: x\ndate: 2025-12-15\nquotes:\n  - by: keir-starmer\n    text: t\n    kind: translation\n    language: uk\n    orignal: o"),
            $"{Brief}(9,5): {Slip} 'orignal' in a quote would lose its value; did you mean 'original'?"
        },
        {
            Sites.WithBrief("title: x\ndate: 2025-12-15\nquotes:\n  - by: keir-starmer\n    text: t\n    source: { url: \"https://example.org/\", archiv_url: a }"),
            $"{Brief}(7,44): {Slip} 'archiv_url' in the source would lose its value; did you mean 'archive_url'?"
        },
        {
            Sites.Person + "\n-- content/people/a.md --\n---\nname: A\nalias: [B]\n---\n",
            $"content/people/a.md(3,1): {Slip} 'alias' in a person would lose its value; did you mean 'aliases'?"
        },
        {
            Sites.Person + "\n-- content/people/a.md --\n---\nname: A\nlinks:\n  - { titel: W, url: \"https://example.org/\" }\n---\n",
            $"content/people/a.md(4,7): {Slip} 'titel' in a link would lose its value; did you mean 'title'?"
        },
        {
            Sites.Person + "\n-- content/organizations/a.md --\n---\nname: A\nkinds: agency\n---\n",
            $"content/organizations/a.md(3,1): {Slip} 'kinds' in an organization would lose its value; did you mean 'kind'?"
        },
        { Sites.Person + "\n-- content/topics/a.md --\n---\ntitel: A\n---\n", $"content/topics/a.md(2,1): {Slip} 'titel' in a topic would lose its value; did you mean 'title'?" },
        {
            Sites.Person + "\n-- content/commitments/a.md --\n---\ntittle: A\n---\n",
            $"content/commitments/a.md(2,1): {Slip} 'tittle' in a commitment would lose its value; did you mean 'title'?"
        },
        {
            Sites.Person + "\n-- site.config.yml --\ntitle: t\nfeeds: { limit: 5 }\n",
            $"site.config.yml(2,1): {Slip} 'feeds' in the site configuration would lose its value; did you mean 'feed'?"
        },
        {
            Sites.Person + "\n-- site.config.yml --\ntitle: t\nbase-url: \"https://example.org/\"\n",
            $"site.config.yml(2,1): {Slip} 'base-url' in the site configuration would lose its value; did you mean 'base_url'?"
        },
        {
            Sites.Person + "\n-- site.config.yml --\ntitle: t\nrequire_quote_source: true\n",
            $"site.config.yml(2,1): {Slip} 'require_quote_source' in the site configuration would lose its value; did you mean 'require_quote_sources'?"
        },
        { Sites.Person + "\n-- site.config.yml --\ntitle: t\nfeed: { limits: 5 }\n", $"site.config.yml(2,9): {Slip} 'limits' in feed would lose its value; did you mean 'limit'?" },
        { Sites.Person + "\n-- site.config.yml --\ntitle: t\npublisher: { nam: P }\n", $"site.config.yml(2,14): {Slip} 'nam' in publisher would lose its value; did you mean 'name'?" },
    };

    [Theory]
    [MemberData(nameof(Slips))]
    public void A_slip_of_a_known_key_is_a_BRF034_error_naming_the_key(string files, string expected)
    {
        using var site = TestSite.Create(files);
        var analysis = site.Analyze();

        var diagnostic = Assert.Single(analysis.Diagnostics, d => d.Code == Codes.MisspeltKey);
        Assert.Equal(expected, diagnostic.ToString());
        Assert.True(analysis.Failed(strict: false));
    }

    public static TheoryData<string, int, int, string> FarKeys() => new()
    {
        { "tags: [a]", 4, 1, "remove it, or use one of: title, date, summary, draft, publish_date, expiry_date, expiry_reason, slug, topics, speakers, source, image, quotes, commitments, updates, byline, redirect_from" },
        // "at" is two edits from "by", but a two-letter key two edits away shares nothing with it.
        { "quotes:\n  - by: keir-starmer\n    text: t\n    at: Commons", 7, 5, "remove it, or use one of: by, text, context, id, language, source, kind, original" },
        { "source: { publishing: P }", 4, 11, "did you mean 'publisher'?" },
    };

    [Theory]
    [MemberData(nameof(FarKeys))]
    public void A_key_far_from_every_known_one_is_a_BRF017_warning(string yaml, int line, int column, string hint)
    {
        using var site = TestSite.Create(Sites.WithBrief("title: x\ndate: 2025-12-15\n" + yaml));
        var analysis = site.Analyze();

        var diagnostic = analysis.Single(Codes.UnknownKey, Brief, line, column);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.EndsWith($"is ignored; {hint}", diagnostic.Message);
        Assert.DoesNotContain(analysis.Diagnostics, d => d.Code == Codes.MisspeltKey);
        Assert.False(analysis.Failed(strict: false));
    }
}
