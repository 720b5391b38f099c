using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests.Hardening;

/// <summary>Well-formed files that say something wrong or unsafe, added to a site that built before.</summary>
public sealed class ContentFaultTests
{
    private const string Brief = "content/briefs/2025-12-15-x.md";

    private static PreviousBuild Site() => PreviousBuild.Of(Sites.WithBrief(Sites.ValidBrief));

    private static void WriteBrief(PreviousBuild build, string frontMatter, string body = "Body.") =>
        build.Site.Write(Brief, "---\n" + frontMatter + "\n---\n" + body + "\n");

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:x")]
    [InlineData("data:text/html,x")]
    [InlineData("ftp://example.org/x")]
    [InlineData("/relative/path")]
    public void Unsafe_url_in_front_matter_is_BRF024(string url)
    {
        using var build = Site();
        WriteBrief(build, $"title: x\ndate: 2025-12-15\nsource:\n  title: s\n  url: \"{url}\"");

        build.Failing().Has(Codes.UnsafeUrl, Brief, 6, 8);
    }

    [Fact]
    public void Unsafe_url_in_a_person_link_is_BRF024()
    {
        using var build = Site();
        build.Site.Write("content/people/a-b.md", "---\nname: A B\nlinks: [{ title: x, url: \"javascript:alert(1)\" }]\n---\n");

        build.Failing().Has(Codes.UnsafeUrl, "content/people/a-b.md", 3);
    }

    [Theory]
    [InlineData("[here](javascript:alert(1))")]
    [InlineData("[here](JAVASCRIPT:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<JavaScript:alert(1)>")]
    [InlineData("<data:text/html,x>")]
    [InlineData("[here](<javascript:alert(1)>)")]
    [InlineData("[here](java&#x73;cript:alert(1))")]
    [InlineData("![x](data:image/png;base64,AAAA)")]
    [InlineData("[here](javascript&colon;alert(1))")]
    [InlineData("[here][r]\n\n[r]: javascript:alert(1)")]
    public void Unsafe_url_in_a_body_is_BRF024_at_the_link(string link)
    {
        using var build = Site();
        WriteBrief(build, Sites.ValidBrief, "Click " + link + ".");

        // Every link starts right after "Click ".
        build.Failing().Has(Codes.UnsafeUrl, Brief, 6, 7);
    }

    [Fact]
    public void Raw_html_in_a_body_is_dropped_with_a_BRF030_warning()
    {
        using var build = Site();
        WriteBrief(build, Sites.ValidBrief, "Text.\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>");

        var result = build.Succeeding();

        Assert.Equal(Severity.Warning, result.Has(Codes.RawHtmlDropped, Brief, 8, 1).Severity);
        var page = File.ReadAllText(Path.Combine(build.Output, "briefs/x/index.html"));
        Assert.DoesNotContain("alert(1)", page);
        Assert.DoesNotContain("onerror", page);
    }

    [Fact]
    public void Raw_html_fails_a_strict_build_and_keeps_the_previous_output()
    {
        using var build = Site();
        WriteBrief(build, Sites.ValidBrief, "<script>alert(1)</script>");

        build.Failing(strict: true).Has(Codes.RawHtmlDropped, Brief, 6, 1);
    }

    [Fact]
    public void Markup_in_front_matter_values_is_escaped_everywhere()
    {
        using var build = Site();
        const string Hostile = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>";
        WriteBrief(build, $"title: {Quote(Hostile)}\ndate: 2025-12-15\nsummary: {Quote(Hostile)}\nspeakers: [keir-starmer]\n" +
            $"quotes:\n  - by: keir-starmer\n    text: {Quote(Hostile)}\n    context: {Quote(Hostile)}");
        build.Site.Write("site.config.yml", TestSite.DefaultConfig.Replace("Test Briefing", "</title><script>alert(3)</script>", StringComparison.Ordinal));

        build.Succeeding();

        // JSON and the search script are data, not markup; every HTML and XML file must show the text, not run it.
        foreach (var file in Directory.GetFiles(build.Output, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            Assert.False(text.Contains("<script>alert", StringComparison.Ordinal), file);
            Assert.False(text.Contains("<img src=x", StringComparison.Ordinal), file);
        }
    }

    [Theory]
    [InlineData("quotes")]
    [InlineData("brackets")]
    [InlineData("wikilinks")]
    [InlineData("emphasis")]
    public void Markdown_nested_too_deeply_is_BRF033_not_a_crash(string kind)
    {
        using var build = Site();
        var body = kind switch
        {
            "quotes" => new string('>', 100_000) + " x",
            "brackets" => new string('[', 100_000) + "x" + new string(']', 100_000),
            "wikilinks" => string.Concat(Enumerable.Repeat("[[", 100_000)),
            _ => new string('*', 100_000) + "x" + new string('*', 100_000),
        };
        WriteBrief(build, Sites.ValidBrief, "Fine.\n\n" + body);

        build.Failing().Has(Codes.MarkdownTooDeep, Brief, 6, 1);
    }

    [Fact]
    public void Markdown_list_nested_too_deeply_is_BRF033()
    {
        using var build = Site();
        WriteBrief(build, Sites.ValidBrief, string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', 2 * i) + "- x\n")));

        build.Failing().Has(Codes.MarkdownTooDeep, Brief, 6, 1);
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
