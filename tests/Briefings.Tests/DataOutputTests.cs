using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Briefings.Tests.Support;

namespace Briefings.Tests;

/// <summary>Feeds, sitemap, JSON-LD and API files of the built sample site (the search index: Search/SearchIndexTests).</summary>
public sealed class DataOutputTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static BuiltSite Site => SampleSite.Built;

    [Fact]
    public void Feed_parses_as_atom_with_absolute_entry_links_and_content_dates()
    {
        var feed = XDocument.Parse(Site.Read("feed.xml"));
        Assert.Equal(Atom + "feed", feed.Root!.Name);
        var entries = feed.Root.Elements(Atom + "entry").ToList();
        Assert.Equal(Math.Min(Site.Result.Graph!.Briefs.Count, Site.Result.Graph.Config.FeedLimit), entries.Count);
        foreach (var entry in entries)
        {
            var href = entry.Element(Atom + "link")!.Attribute("href")!.Value;
            Assert.True(Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Scheme == "https", href);
            Assert.Equal(href, entry.Element(Atom + "id")!.Value);
        }

        // The feed was updated when its latest entry was: a brief's date, or the date of its latest update.
        var newest = Site.Result.Graph.Briefs.Take(Site.Result.Graph.Config.FeedLimit).Max(b => b.Brief.LastUpdated ?? b.Brief.Date).ToString("yyyy-MM-dd");
        Assert.Equal($"{newest}T00:00:00Z", feed.Root.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void Person_and_topic_pages_link_their_own_feeds()
    {
        foreach (var page in new[] { "people/keir-starmer/index.html", "topics/security-guarantees/index.html" })
        {
            var links = Site.Parse(page).QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")).ToList();
            Assert.Contains("feed.xml", links);
            var folder = Path.GetDirectoryName(page)!;
            var feed = XDocument.Parse(Site.Read(Path.Combine(folder, "feed.xml")));
            Assert.NotEmpty(feed.Root!.Elements(Atom + "entry"));
        }
    }

    [Fact]
    public void Feed_of_a_brief_with_control_characters_is_still_xml()
    {
        using var site = TestSite.Create("-- content/briefs/2025-12-15-x.md --\n---\ntitle: \"bell \\a and \\x01\"\ndate: 2025-12-15\nsummary: \"<b>&</b>\"\n---\n");
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);
        var entry = XDocument.Parse(built.Read("feed.xml")).Root!.Element(Atom + "entry")!;
        Assert.Equal("bell  and ", entry.Element(Atom + "title")!.Value);
        Assert.Equal("<b>&</b>", entry.Element(Atom + "summary")!.Value);
    }

    [Fact]
    public void Feed_keeps_an_emoji()
    {
        // An emoji is a surrogate pair in .NET, and XmlConvert.IsXmlChar refuses each half on its own.
        using var site = TestSite.Create("-- content/briefs/2025-12-15-x.md --\n---\ntitle: \"Talks \U0001F91D done\"\ndate: 2025-12-15\n---\n");
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);
        var entry = XDocument.Parse(built.Read("feed.xml")).Root!.Element(Atom + "entry")!;
        Assert.Equal("Talks \U0001F91D done", entry.Element(Atom + "title")!.Value);
    }

    [Fact]
    public void Sitemap_lists_every_html_page_but_the_404_and_nothing_else()
    {
        var baseUrl = Site.Result.Graph!.Config.BaseUrl;
        var sitemap = XDocument.Parse(Site.Read("sitemap.xml"));
        var listed = sitemap.Root!.Elements(SitemapNs + "url").Select(u => u.Element(SitemapNs + "loc")!.Value).ToList();
        var pages = Site.HtmlFiles().Where(f => f != "404.html")
            .Select(f => baseUrl + (f == "index.html" ? "" : f[..^"index.html".Length]))
            .ToList();
        Assert.Equal(pages.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.Equal(listed.Count, listed.Distinct().Count());
        var dates = sitemap.Root.Elements(SitemapNs + "lastmod").Concat(sitemap.Root.Elements(SitemapNs + "url").Elements(SitemapNs + "lastmod")).ToList();
        foreach (var brief in Site.Result.Graph.Briefs)
        {
            var entry = sitemap.Root.Elements(SitemapNs + "url").Single(u => u.Element(SitemapNs + "loc")!.Value == baseUrl + brief.Key.Url);
            // A corrected brief was last modified by its latest update.
            Assert.Equal((brief.Brief.LastUpdated ?? brief.Brief.Date).ToString("yyyy-MM-dd"), entry.Element(SitemapNs + "lastmod")!.Value);
        }

        Assert.All(dates, d => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", d.Value));
        Assert.Contains($"Sitemap: {baseUrl}sitemap.xml", Site.Read("robots.txt"));
    }

    [Fact]
    public void Json_ld_of_every_page_parses_and_briefs_are_news_articles()
    {
        foreach (var page in Site.HtmlFiles())
        {
            foreach (var script in Site.Parse(page).QuerySelectorAll("script[type='application/ld+json']"))
            {
                using var json = JsonDocument.Parse(script.TextContent);
                Assert.Equal("https://schema.org", json.RootElement.GetProperty("@context").GetString());
            }
        }

        using var article = JsonDocument.Parse(Site.Parse("briefs/starmer-peace-deal-needs-robust-guarantees/index.html")
            .QuerySelector("script[type='application/ld+json']")!.TextContent);
        var root = article.RootElement;
        Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
        Assert.Equal("Briefings sample site", root.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Contains(root.GetProperty("about").EnumerateArray(), p => p.GetProperty("name").GetString() == "Keir Starmer");
        Assert.Contains(root.GetProperty("mentions").EnumerateArray(), p => p.GetProperty("@type").GetString() == "Organization");
        Assert.All(root.GetProperty("hasPart").EnumerateArray(), q => Assert.Equal("Quotation", q.GetProperty("@type").GetString()));
    }

    [Fact]
    public void Json_ld_stays_valid_json_whatever_a_quote_holds()
    {
        const string Hostile = "She said \"</script><script>alert(1)</script>\" and \\ left\u0001\u2028.";
        using var site = TestSite.Create(Sites.Person + $$"""

            -- content/briefs/2025-12-15-x.md --
            ---
            title: "</script>"
            date: 2025-12-15
            quotes:
              - by: keir-starmer
                text: {{JsonSerializer.Serialize(Hostile)}}
            ---
            """);
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);
        var document = built.Parse("briefs/x/index.html");
        var scripts = document.QuerySelectorAll("script");
        var ld = Assert.Single(scripts);
        Assert.Equal("application/ld+json", ld.GetAttribute("type"));
        using var json = JsonDocument.Parse(ld.TextContent);
        Assert.Equal(Hostile, json.RootElement.GetProperty("hasPart")[0].GetProperty("text").GetString());
        Assert.Equal("</script>", json.RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public void Api_files_agree_with_the_content_graph()
    {
        var graph = Site.Result.Graph!;
        using var briefs = JsonDocument.Parse(Site.Read("api/briefs.json"));
        using var people = JsonDocument.Parse(Site.Read("api/people.json"));
        using var organizations = JsonDocument.Parse(Site.Read("api/organizations.json"));
        using var commitments = JsonDocument.Parse(Site.Read("api/commitments.json"));

        Assert.Equal(graph.Briefs.Select(b => b.Brief.Slug), Ids(briefs, "briefs", "slug"));
        Assert.Equal(graph.People.Select(p => p.Person.Id), Ids(people, "people", "id"));
        Assert.Equal(graph.Organizations.Select(o => o.Organization.Id), Ids(organizations, "organizations", "id"));
        Assert.Equal(graph.Commitments.Select(c => c.Id), Ids(commitments, "commitments", "id"));

        foreach (var item in commitments.RootElement.GetProperty("commitments").EnumerateArray())
        {
            var node = graph.CommitmentsById[item.GetProperty("id").GetString()!];
            Assert.Equal(node.Timeline.Count, item.GetProperty("timeline").GetArrayLength());
            Assert.Equal(node.Timeline[^1].Status.ToString().ToLowerInvariant().Replace("inprogress", "in-progress"), item.GetProperty("status").GetString());
            Assert.True(File.Exists(Path.Combine(Site.Output, item.GetProperty("url").GetString()!, "index.html")));
        }

        var starmer = people.RootElement.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "keir-starmer");
        Assert.Equal(graph.PeopleById["keir-starmer"].Quotes.Count, starmer.GetProperty("quote_count").GetInt32());
        Assert.Equal(1, briefs.RootElement.GetProperty("version").GetInt32());
    }

    public static TheoryData<string> ApiFiles => new() { "briefs", "people", "organizations", "commitments" };

    /// <summary>
    /// docs/data.md promises a field is only ever added, never removed, and that every field is always present:
    /// each object of each file holds every field its example in the doc shows, and no field the doc does not.
    /// </summary>
    [Theory]
    [MemberData(nameof(ApiFiles))]
    public void Api_file_holds_every_field_docs_data_md_shows_in_every_object(string name)
    {
        var doc = File.ReadAllText(Path.Combine(SampleSite.Root, "docs", "data.md"));
        var example = Regex.Match(doc, $@"## `api/{name}\.json`\s*```json\n(.*?)```", RegexOptions.Singleline);
        Assert.True(example.Success, $"docs/data.md has no JSON example under ## `api/{name}.json`");
        using var documented = JsonDocument.Parse(example.Groups[1].Value, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        using var written = JsonDocument.Parse(Site.Read($"api/{name}.json"));
        var expected = FieldsByPath(documented.RootElement);
        var actual = FieldsByPath(written.RootElement);

        foreach (var (path, fields) in expected)
        {
            // A path the sample never fills (every value null) would check nothing.
            Assert.True(actual.TryGetValue(path, out var objects), $"api/{name}.json has no object at {path} to check");
            var required = fields.SelectMany(f => f).ToHashSet();
            Assert.All(objects, o => Assert.True(required.IsSubsetOf(o), $"api/{name}.json: an object at {path} lacks {string.Join(", ", required.Except(o))}"));
        }

        foreach (var (path, objects) in actual)
        {
            var known = expected.GetValueOrDefault(path, []).SelectMany(f => f).ToHashSet();
            var extra = objects.SelectMany(o => o).Where(f => !known.Contains(f)).Distinct().ToList();
            Assert.True(extra.Count == 0, $"api/{name}.json writes at {path} fields docs/data.md does not show: {string.Join(", ", extra)}");
        }
    }

    /// <summary>The field names of every object in a JSON value, by path: <c>$.briefs[].source</c>.</summary>
    private static Dictionary<string, List<HashSet<string>>> FieldsByPath(JsonElement root)
    {
        var result = new Dictionary<string, List<HashSet<string>>>(StringComparer.Ordinal);
        void Walk(JsonElement element, string path)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                var properties = element.EnumerateObject().ToList();
                result.TryAdd(path, []);
                result[path].Add(properties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal));
                properties.ForEach(p => Walk(p.Value, path + "." + p.Name));
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, path + "[]");
                }
            }
        }

        Walk(root, "$");
        return result;
    }

    private static IEnumerable<string> Ids(JsonDocument document, string list, string field) =>
        document.RootElement.GetProperty(list).EnumerateArray().Select(e => e.GetProperty(field).GetString()!);
}
