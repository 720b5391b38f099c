using Briefings.Content;
using Briefings.Graph;
using Briefings.Outputs.Pages.Models;
using Briefings.Outputs.Pages.Templates;

namespace Briefings.Outputs.Pages;

/// <summary>What every page model holds, whatever its type: title, description, and the way back to the site root.</summary>
public sealed class PageModel(ContentGraph graph, IReadOnlySet<EntityKey>? only = null)
{
    public ContentGraph Graph { get; } = graph;

    /// <summary>
    /// Whether the pages of <paramref name="key"/> are listed: every entity's, or, for serve's rebuild after an edit that
    /// keeps the graph's shape, only those of the entities it names, so that the pages of ten thousand others are not
    /// listed to pick out a few. The pages of no entity (indexes, archives, the home page) are always listed.
    /// </summary>
    public bool Lists(EntityKey key) => only is null || only.Contains(key);

    public JsonLd JsonLd { get; } = new(graph);

    private readonly Lazy<DateOnly?> _newestBrief = new(() => Ordering.Latest(graph.Briefs));

    /// <summary>
    /// The date of the newest brief: the date of every page that lists the whole site. Found once, not once for each page
    /// of the indexes, which went through every brief each (80-90 ms of a 10,000-brief build's CPU time).
    /// </summary>
    public DateOnly? NewestBrief => _newestBrief.Value;

    /// <summary>The way back to the root from each of the depths nearly every page is at (the later pages of an entity's list are five deep), one string each.</summary>
    private static readonly string[] Roots = [.. Enumerable.Range(0, 6).Select(depth => string.Concat(Enumerable.Repeat("../", depth)))];

    /// <summary>
    /// A page model for <paramref name="url"/> (site-relative, e.g. <c>briefs/x/</c>). <c>root</c> leads back to
    /// the site root from the page ("", "../", "../../"), so every link works from any folder and from disk.
    /// </summary>
    public TemplateModel Create(string url, string title, string? description, string section)
    {
        var depth = url.AsSpan().Count('/');
        var config = Graph.Config;
        // Room for these and the dozen or so fields each page type adds, so the table is not grown twice per page.
        return new TemplateModel(34)
        {
            ["url"] = url,
            ["root"] = depth < Roots.Length ? Roots[depth] : string.Concat(Enumerable.Repeat("../", depth)),
            ["title"] = title,
            ["description"] = string.IsNullOrWhiteSpace(description) ? config.Description ?? config.Title : description,
            ["section"] = section,
            ["canonical"] = config.BaseUrl + url,
            ["og_type"] = "website",
            ["published"] = null,
            ["json_ld"] = null,
            ["feed"] = null,
            ["edit_url"] = null,
            ["pager"] = null,
            ["og_image"] = null,
            ["preload_image"] = null,
        };
    }

    /// <summary>
    /// Where the author edits the file <paramref name="key"/> is written in, from the config's <c>edit_url</c>; null when
    /// the site has no pattern or the entity no file (a topic only briefs name). The path is percent-encoded segment by
    /// segment, since ids may be in any script.
    /// </summary>
    public string? EditUrl(EntityKey key) =>
        Graph.Config.EditUrl is { } pattern && Graph.Index.SourceFile(key) is { } file
            ? pattern.Replace(SiteConfigReader.EditUrlPath, string.Join('/', file.Split('/').Select(Uri.EscapeDataString)), StringComparison.Ordinal)
            : null;
}
