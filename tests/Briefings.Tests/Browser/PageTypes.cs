using Briefings.Tests.Support;

namespace Briefings.Tests.Browser;

/// <summary>
/// One page of each type the sample site has (with the publishing probe's), built two to a page
/// (<see cref="ServedSampleSite"/>), by its path under the site's root.
/// </summary>
public static class PageTypes
{
    /// <summary>Served for a URL that has no page, as a static host serves 404.html.</summary>
    public const string Missing = "no-such-page/index.html";

    public static IReadOnlyList<(string Type, string Path)> All { get; } =
    [
        ("home", "index.html"),
        ("brief", "briefs/starmer-peace-deal-needs-robust-guarantees/index.html"),
        ("brief archive", "briefs/index.html"),
        ("brief archive month", "briefs/2025/12/index.html"),
        ("person", "people/keir-starmer/index.html"),
        ("person on a topic, with a translated quote", "people/volodymyr-zelenskyy/topics/ukraine-peace-talks/index.html"),
        ("organization with mention sentences", "organizations/mi6/index.html"),
        ("people index", "people/index.html"),
        ("organization", "organizations/uk-government/index.html"),
        ("organizations index", "organizations/index.html"),
        ("commitment tracker", "commitments/index.html"),
        ("commitment", "commitments/uk-troops-for-ukraine/index.html"),
        ("commitment with amounts", "commitments/uk-enduring-support/index.html"),
        ("commitment with a status strip and a reopening", ChartPages.Strip),
        ("stale commitments", "commitments/stale/index.html"),
        ("actors' figures", "commitments/actors/index.html"),
        ("topics index", "topics/index.html"),
        ("topic", "topics/security-guarantees/index.html"),
        ("paged index", "people/page/2/index.html"),
        ("paged topic", "topics/ukraine-peace-talks/page/2/index.html"),
        ("paged list of an entity", "people/keir-starmer/quotes/page/2/index.html"),
        ("paged list of a status", "commitments/status/offered/page/2/index.html"),
        ("paged timeline", "commitments/coalition-security-guarantees/timeline/page/2/index.html"),
        ("search, with results", "search/index.html?q=starmer"),
        ("corrected brief", PublishingProbe.CorrectedBrief),
        ("retracted brief", PublishingProbe.RetractedBrief),
        ("expired brief", PublishingProbe.ExpiredBrief),
        ("corrections", PublishingProbe.Corrections),
        ("404", Missing),
    ];
}
