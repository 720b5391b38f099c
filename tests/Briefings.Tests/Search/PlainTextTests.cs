using System.Net;
using System.Text;
using Briefings.Outputs.Search;

namespace Briefings.Tests.Search;

/// <summary>
/// PlainText decodes in place, entity by entity; the search index's bytes depend on it giving exactly what the
/// first version gave: the text with each tag replaced by a space, then WebUtility.HtmlDecode of all of it.
/// </summary>
public sealed class PlainTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("plain words, no markup")]
    [InlineData("<p>Talks &ndash; day one</p>\n<h2 id=\"x\">A &quot;deal&quot;</h2>")]
    [InlineData("a &amp; b &lt;script&gt; &nbsp;&copy;&Eacute;")]
    [InlineData("&#65;&#x42;&#X43;&#+68;&#-1;&# 69;&#70 ;&#x 47;&#;&#x;&#xD800;&#1114112;&#128512;&#0;")]
    [InlineData("&&amp; &amp &; &unknown; & amp; &am<b>p; &#6<i>5; a&b;c")]
    [InlineData("a > b, a<b, x>y<z, <unclosed tag & text")]
    [InlineData("<a href=\"?a=1&amp;b=2\">link</a>&amp;<br/>&amp")]
    [InlineData("\uD83D\uDE00 &amp; \uD83D alone \uDE00 &#x1F600;")]
    public void Gives_the_tag_stripped_html_decoded_text(string html) =>
        Assert.Equal(Reference(html), PlainText.FromHtml(html));

    [Fact]
    public void Gives_the_same_text_for_random_markup_and_reuses_its_buffer()
    {
        string[] pieces = ["<", ">", "&", ";", "#", "x", "X", "a", "amp", "lt", "ndash", "nbsp", "1", "65", "0041", " ", "é", "\uD83D", "\uDE00", "<p>", "</p>", "&amp;", "&#"];
        var random = new Random(20251215);
        char[] buffer = [];
        for (var i = 0; i < 5000; i++)
        {
            var html = new StringBuilder();
            for (var n = random.Next(40); n > 0; n--)
            {
                html.Append(pieces[random.Next(pieces.Length)]);
            }

            var text = html.ToString();
            Assert.Equal(Reference(text), PlainText.FromHtml(text, ref buffer).ToString());
        }
    }

    /// <summary>PlainText as it was first written, kept as the definition of its output.</summary>
    private static string Reference(string html)
    {
        var builder = new StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
                builder.Append(' ');
            }
            else if (c == '>')
            {
                inTag = false;
            }
            else if (!inTag)
            {
                builder.Append(c);
            }
        }

        return WebUtility.HtmlDecode(builder.ToString());
    }
}
