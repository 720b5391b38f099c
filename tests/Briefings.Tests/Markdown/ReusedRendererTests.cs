using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Markdown;
using Briefings.Tests.Support;

namespace Briefings.Tests.Markdown;

/// <summary>
/// A body renderer writes each body with the HTML renderer its thread last used, its builder cleared: every body must
/// come out as it does from a renderer made for it alone, whatever bodies (long, short, with embeds) came before.
/// </summary>
public class ReusedRendererTests
{
    [Fact]
    public void Bodies_rendered_one_after_another_are_what_a_fresh_renderer_makes_of_each()
    {
        var graph = SampleSite.Analyze().Graph!;
        var index = graph.Index;
        var bodies = graph.Briefs.Select(b => (b.Brief.File, b.Brief.Body, b.Key))
            .Concat(graph.People.Select(p => (p.Person.File, p.Person.Body, p.Key)))
            .ToList();
        // Longest first, so that every later body is written into a builder grown past its length.
        bodies = [.. bodies.OrderByDescending(b => b.Body.Markdown.Length), .. bodies];

        var shared = new BodyRenderer(MarkdownPipelineFactory.Create(), index, MarkdownStage.CreateMatcher(index), graph.Config);
        var reused = bodies.Select(b => shared.Render(b.File, b.Body, b.Key, new DiagnosticBag())).ToList();

        Assert.Contains(reused, r => r.Embeds.Count > 0);
        for (var i = 0; i < bodies.Count; i++)
        {
            var (file, body, key) = bodies[i];
            // A pipeline of its own gets a renderer of its own.
            var fresh = new BodyRenderer(MarkdownPipelineFactory.Create(), index, MarkdownStage.CreateMatcher(index), graph.Config)
                .Render(file, body, key, new DiagnosticBag());
            Assert.Equal(fresh.Utf8Html.ToArray(), reused[i].Utf8Html.ToArray());
            Assert.Equal(fresh.Embeds.Select(e => e.Utf8Offset), reused[i].Embeds.Select(e => e.Utf8Offset));
        }
    }
}
