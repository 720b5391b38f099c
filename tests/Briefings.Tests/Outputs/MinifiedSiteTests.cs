using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;
using Briefings.Tests.Support;
using Xunit.Abstractions;

namespace Briefings.Tests.Outputs;

/// <summary>
/// <c>build --minify</c> on the sample site against the plain build: the same files, every page with the same elements,
/// attributes and text as parsed by AngleSharp (whitespace compared as a browser collapses it, exactly where it does
/// not), the stylesheet with the same rules, and every other file byte for byte. HtmlValidityTests checks its pages too.
/// </summary>
public sealed partial class MinifiedSiteTests(ITestOutputHelper output)
{
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "pre", "textarea", "script", "style" };

    [Fact]
    public void Every_page_keeps_its_elements_attributes_and_text()
    {
        var plain = SampleSite.Built;
        var minified = SampleSite.BuiltMinified;

        Assert.Equal(plain.Files(), minified.Files());
        long before = 0, after = 0;
        foreach (var page in plain.HtmlFiles())
        {
            var (a, b) = (plain.Parse(page), minified.Parse(page));
            Assert.Equal(Canonical(a.DocumentElement), Canonical(b.DocumentElement));
            Assert.Equal(Collapse(a.Body!.TextContent), Collapse(b.Body!.TextContent));
            before += new FileInfo(Path.Combine(plain.Output, page)).Length;
            after += new FileInfo(Path.Combine(minified.Output, page)).Length;
        }

        TestSummary.Report(output, $"--minify: HTML of the sample site {before:N0} → {after:N0} bytes");
        Assert.True(after < before);
    }

    [Fact]
    public void The_stylesheet_keeps_every_rule()
    {
        var parser = new CssParser();
        var plain = parser.ParseStyleSheet(SampleSite.Built.Read("assets/style.css"));
        var minified = parser.ParseStyleSheet(SampleSite.BuiltMinified.Read("assets/style.css"));

        Assert.True(plain.Rules.Length > 50);
        Assert.Equal(plain.Rules.Select(r => Tokens(r.CssText)), minified.Rules.Select(r => Tokens(r.CssText)));
    }

    [Fact]
    public void Files_other_than_pages_and_stylesheets_are_left_as_they_are()
    {
        var plain = SampleSite.Built;
        var minified = SampleSite.BuiltMinified;

        foreach (var file in plain.Files().Where(f => !f.EndsWith(".html", StringComparison.Ordinal) && !f.EndsWith(".css", StringComparison.Ordinal)))
        {
            Assert.True(File.ReadAllBytes(Path.Combine(plain.Output, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(minified.Output, file))), file);
        }
    }

    /// <summary>The tree as a browser renders it: comments left out, whitespace collapsed except inside raw-text elements.</summary>
    private static string Canonical(INode node)
    {
        var text = new StringBuilder();
        Write(node, text, raw: false);
        return text.ToString();
    }

    private static void Write(INode node, StringBuilder text, bool raw)
    {
        switch (node)
        {
            case IElement element:
                text.Append('<').Append(element.LocalName);
                foreach (var attribute in element.Attributes)
                {
                    text.Append(' ').Append(attribute.Name).Append("=\"").Append(attribute.Value).Append('"');
                }

                text.Append('>');
                foreach (var child in element.ChildNodes)
                {
                    Write(child, text, raw || RawText.Contains(element.LocalName));
                }

                text.Append("</").Append(element.LocalName).Append('>');
                break;
            case IText data:
                text.Append(raw ? data.Data : Collapse(data.Data));
                break;
        }
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ");

    /// <summary>
    /// AngleSharp lays out the declarations it knows and keeps the rest as written (custom properties, var() fallbacks):
    /// there, whitespace next to a comma or inside brackets separates no tokens, and the minifier drops it.
    /// </summary>
    private static string Tokens(string css) => Collapse(CssSeparators().Replace(css, "$1$2$3$4"));

    [GeneratedRegex(@"\s*(,)\s*|(\()\s+|\s+(\))|(:)\s+")]
    private static partial Regex CssSeparators();

    [GeneratedRegex("[ \t\n\r\f]+")]
    private static partial Regex Whitespace();
}
