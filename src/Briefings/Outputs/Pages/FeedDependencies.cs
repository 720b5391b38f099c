using Briefings.Content;
using Briefings.Graph;
using Briefings.Outputs.Pages.Models;

namespace Briefings.Outputs.Pages;

/// <summary>
/// A person's or topic's page links to its own feed, and serve rewrites the feed when it re-renders the page. The feed
/// lists the latest briefs, which a paged page may not show: the page depends on them all the same.
/// </summary>
internal static class FeedDependencies
{
    public static void Record(ViewModels models, IEnumerable<BriefNode> newestFirst, SiteConfig config)
    {
        foreach (var brief in newestFirst.Take(config.FeedLimit))
        {
            models.Depend(brief.Key);
        }
    }
}
