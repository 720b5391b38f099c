using Briefings.Content;
using Briefings.Incremental;
using Briefings.Outputs.Pages;
using Briefings.Tests.Support;

namespace Briefings.Tests;

/// <summary>
/// serve's edits that keep the graph's shape list only the pages <see cref="TouchedPages"/> selects, not every page of the
/// site: for a change to any entity of the sample, its summary or its own page, the pages picked from that short list
/// must be exactly those picked from every page.
/// </summary>
public sealed class TouchedPagesTests
{
    [Theory]
    [InlineData(null)]
    [InlineData(2)]
    public void The_pages_listed_for_a_change_are_all_the_pages_it_touches(int? paginate)
    {
        using var site = SampleSite.Copy();
        if (paginate is { } size)
        {
            site.Write("site.config.yml", site.Read("site.config.yml") + $"paginate: {size}\n");
        }

        var cache = new BuildCache();
        var graph = SiteBuilder.Build(site.Options() with { OutputPath = site.OutputPath }, cache).Graph!;
        var all = SitePages.All(new PageModel(graph));
        var keys = graph.Briefs.Select(b => b.Key).Concat(graph.People.Select(p => p.Key)).Concat(graph.Organizations.Select(o => o.Key))
            .Concat(graph.Topics.Select(t => t.Key)).Concat(graph.Commitments.Select(c => c.Key)).ToList();
        IReadOnlySet<EntityKey> none = new HashSet<EntityKey>();
        var touched = 0;
        foreach (var key in keys)
        {
            IReadOnlySet<EntityKey> one = new HashSet<EntityKey> { key };
            foreach (var (summaries, nodes) in new[] { (one, none), (none, one) })
            {
                bool Touched(PageJob job) =>
                    (job.Entity is { } own && nodes.Contains(own)) || TouchedPages.Shows(cache.Dependencies[job.OutputPath], summaries);

                var expected = all.Where(Touched).Select(j => j.OutputPath).Order(StringComparer.Ordinal).ToList();
                var selection = TouchedPages.Select(cache.Dependencies, cache.Owners, summaries, nodes);
                var listed = SitePages.All(new PageModel(graph, selection)).Where(Touched).Select(j => j.OutputPath).Order(StringComparer.Ordinal);
                Assert.Equal(expected, listed);
                touched += expected.Count;
            }
        }

        Assert.True(touched > keys.Count, $"{touched} pages touched by {keys.Count} entities' changes");
    }
}
