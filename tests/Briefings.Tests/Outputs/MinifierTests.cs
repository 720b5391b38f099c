using System.Text;
using Briefings.Outputs.Pages.Templates;
using Briefings.Writing.Minifying;

namespace Briefings.Tests.Outputs;

public sealed class MinifierTests
{
    [Theory]
    [InlineData("<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")]
    [InlineData("<p>Two   words\tand\n\n   a line</p>", "<p>Two words and\na line</p>")]
    [InlineData("<span>a</span>   <span>b</span>", "<span>a</span> <span>b</span>")]
    [InlineData("<p>a <!-- note --> b</p>", "<p>a b</p>")]
    [InlineData("<p>a<!-- one --><!-- two -->b</p>", "<p>ab</p>")]
    [InlineData("<!--[if IE]><p>old</p><![endif]-->", "<!--[if IE]><p>old</p><![endif]-->")]
    [InlineData("<a\n   href=\"x  y\"\n   title='a > b'>t</a>", "<a href=\"x  y\" title='a > b'>t</a>")]
    [InlineData("<a title=it's  class=x>t</a>", "<a title=it's class=x>t</a>")]
    [InlineData("<p>1 &lt; 2 and 3 < 4</p>", "<p>1 &lt; 2 and 3 < 4</p>")]
    [InlineData("<p>no\u00a0break</p>", "<p>no\u00a0break</p>")]
    public void Html_whitespace_collapses_to_one_character_and_comments_go(string html, string expected) =>
        Assert.Equal(expected, MinifyHtml(html));

    [Theory]
    [InlineData("<pre>  a\n    b  <b> c </b>\n</pre>")]
    [InlineData("<PRE class=\"code\">  keep   this\n</PRE>")]
    [InlineData("<textarea>\n  typed   text\n</textarea>")]
    [InlineData("<script>\n  if (a  <  b) { x = '<!-- not a comment -->'; }\n</script>")]
    [InlineData("<style>\n  a  >  b { color: red }\n</style>")]
    [InlineData("<script>never   closed")]
    public void Whitespace_and_comments_inside_raw_text_elements_stay_as_they_are(string html) =>
        Assert.Equal(html, MinifyHtml(html));

    [Fact]
    public void Only_the_element_text_stays_raw_not_what_follows_it() =>
        Assert.Equal("<pre> a  b </pre>\n<p>c d</p>", MinifyHtml("<pre> a  b </pre>\n\n  <p>c   d</p>"));

    [Fact]
    public void An_element_whose_name_only_starts_like_a_raw_one_is_minified() =>
        Assert.Equal("<prefix> a b </prefix>", MinifyHtml("<prefix>  a   b  </prefix>"));

    [Theory]
    [InlineData("a {\n  color: red;\n  margin: 0 auto;\n}\n", "a{color:red;margin:0 auto;}")]
    [InlineData("/* heading */\nh1 , h2 > a { x: 1 }", "h1,h2>a{x:1}")]
    [InlineData("a :hover { x: 1 }", "a :hover{x:1}")]
    [InlineData("@media screen and (min-width: 40em) { a { x: 1 } }", "@media screen and (min-width:40em){a{x:1}}")]
    [InlineData("a { width: calc( 100% - 2px ); }", "a{width:calc(100% - 2px);}")]
    [InlineData("a::before { content: \"  /* kept */  \"; }", "a::before{content:\"  /* kept */  \";}")]
    [InlineData("a { content: 'it\\'s  here'; }", "a{content:'it\\'s  here';}")]
    [InlineData("a { background: url(http://x.test/a/*b*/c.png) }", "a{background:url(http://x.test/a/*b*/c.png)}")]
    [InlineData("a { color: red !important }", "a{color:red!important}")]
    [InlineData("a { margin: 1px/**/2px }", "a{margin:1px 2px}")]
    public void Css_keeps_every_token_and_drops_what_separates_nothing(string css, string expected) =>
        Assert.Equal(expected, MinifyCss(css));

    [Fact]
    public void The_built_in_stylesheet_loses_a_fifth_or_more()
    {
        var css = BuiltInTheme.Embedded.Bytes("assets/style.css");
        var minified = MinifyCss(Encoding.UTF8.GetString(css));
        Assert.InRange(Encoding.UTF8.GetByteCount(minified), 1, css.Length * 4 / 5);
        Assert.Equal(minified, MinifyCss(minified));
    }

    private static string MinifyHtml(string html) => Minify(html, b => HtmlMinifier.Minify(b));

    private static string MinifyCss(string css) => Minify(css, b => CssMinifier.Minify(b));

    private static string Minify(string text, Func<byte[], int> minify)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var length = minify(bytes);
        return Encoding.UTF8.GetString(bytes, 0, length);
    }
}
