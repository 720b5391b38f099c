using Briefings.Tests.Support;

namespace Briefings.Tests;

/// <summary>Content can never inject markup: every value from front-matter or config is escaped.</summary>
public sealed class EscapingTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Breakout = "\"><img src=x onerror=alert(1)>";

    [Fact]
    public void Hostile_names_titles_and_quotes_produce_no_script_and_no_event_handler()
    {
        using var site = TestSite.Create($$"""
            -- site.config.yml --
            title: "Site {{Script}}"
            description: '{{Breakout}}'
            base_url: "https://example.org/"
            -- content/people/evil.md --
            ---
            name: "{{Script}}"
            role: '{{Breakout}}'
            aliases: ["{{Script}}"]
            ---
            -- content/organizations/org.md --
            ---
            name: '{{Breakout}}'
            ---
            -- content/topics/t.md --
            ---
            title: "{{Script}}"
            ---
            -- content/briefs/2025-12-15-x.md --
            ---
            title: '{{Breakout}}'
            date: 2025-12-15
            summary: "{{Script}}"
            topics: [t]
            speakers: [evil]
            source: { title: '{{Breakout}}', publisher: "{{Script}}", url: "https://example.org/?q=\"><script>" }
            quotes:
              - by: evil
                text: "{{Script}} and {{Breakout.Replace("\"", "\\\"")}}"
                context: '{{Breakout}}'
            commitments:
              - id: c
                by: org
                text: "{{Script}}"
                status: pledged
                note: '{{Breakout}}'
                conditions: ["{{Script}}"]
            ---
            A body.
            """);
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        foreach (var page in built.HtmlFiles())
        {
            var document = built.Parse(page);
            // The only scripts are the site's own: the search page's two and its words for them, and JSON-LD that parses as JSON.
            foreach (var script in document.QuerySelectorAll("script"))
            {
                if (script.GetAttribute("type") is "application/ld+json" or "application/json")
                {
                    using var json = System.Text.Json.JsonDocument.Parse(script.TextContent);
                }
                else
                {
                    Assert.Contains(script.GetAttribute("src"), new[] { "../assets/search.js", "index.js" });
                    Assert.Equal("search/index.html", page);
                    Assert.Equal("", script.TextContent);
                }
            }

            Assert.Empty(document.QuerySelectorAll("img"));
            var handlers = document.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(handlers.Count == 0, $"{page}: {string.Join(", ", handlers.Select(h => h.Name))}");
        }

        var brief = built.Parse("briefs/x/index.html");
        Assert.Equal(Breakout, brief.QuerySelector("h1")!.TextContent);
        Assert.Contains(Script, brief.QuerySelector("blockquote")!.TextContent);
        Assert.Equal(Script, built.Parse("people/evil/index.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Raw_html_in_bodies_passes_only_when_allowed()
    {
        const string Files = """
            -- content/briefs/2025-12-15-x.md --
            ---
            title: x
            date: 2025-12-15
            ---
            Text <em class="k">inline</em>.

            <div class="box">block</div>
            """;
        using var strict = TestSite.Create(Files);
        var dropped = BuiltSite.From(strict.ConfigPath, strict.OutputPath).Parse("briefs/x/index.html");
        Assert.Null(dropped.QuerySelector("em.k"));
        Assert.Null(dropped.QuerySelector("div.box"));

        using var trusting = TestSite.Create(Files + "\n-- site.config.yml --\ntitle: t\nmarkdown: { allow_html: true }\n");
        var kept = BuiltSite.From(trusting.ConfigPath, trusting.OutputPath).Parse("briefs/x/index.html");
        Assert.NotNull(kept.QuerySelector("em.k"));
        Assert.NotNull(kept.QuerySelector("div.box"));
    }
}
