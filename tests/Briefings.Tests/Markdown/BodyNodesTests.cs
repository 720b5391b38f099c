using Briefings.Markdown;
using Briefings.Tests.Support;
using Markdig.Syntax;

namespace Briefings.Tests.Markdown;

/// <summary>
/// The body renderer walks a parsed body by hand; it must visit the same nodes in the same order as Markdig's
/// <c>Descendants()</c>, since the order decides which mention of a person becomes the link.
/// </summary>
public class BodyNodesTests
{
    private static readonly string[] Pieces =
    [
        "Keir Starmer said *it **was** fine* and [a link](https://x.org) ", "[[keir-starmer]] ", "`code` ",
        "\n\n", "\n", "# Heading *one*\n", "> quoted **text**\n>\n> more\n", "- item one\n- item *two*\n  - nested [[x]]\n",
        "1. first\n2. second\n", "| a | b |\n| --- | --- |\n| *c* | d |\n", "Footnote[^1].\n\n[^1]: The note *itself*.\n",
        "```\nfenced\n```\n", "    indented code\n", "<div>html</div>\n", "text with \"quotes\" -- and dashes\n", "---\n",
    ];

    [Fact]
    public void The_walk_visits_what_Descendants_visits_in_the_same_order()
    {
        var pipeline = MarkdownPipelineFactory.Create();
        var random = new Random(20251215);
        var bodies = Directory.GetFiles(Path.Combine(SampleSite.Root, "content"), "*.md", SearchOption.AllDirectories)
            .Select(File.ReadAllText)
            .Concat(Enumerable.Range(0, 2000).Select(_ => string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => Pieces[random.Next(Pieces.Length)]))));

        var checkedNodes = 0;
        foreach (var body in bodies)
        {
            var document = Markdig.Markdown.Parse(body, pipeline);
            var expected = document.Descendants().ToList();
            var actual = BodyRenderer.Nodes(document);
            Assert.Equal(expected.Count, actual.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Same(expected[i], actual[i]);
            }

            checkedNodes += expected.Count;
        }

        Assert.True(checkedNodes > 20_000, $"only {checkedNodes} nodes compared");
    }
}
