using Briefings.Content;
using Briefings.Graph;
using Briefings.Outputs.Pages.Models;
using Briefings.Outputs.Pages.Templates;

namespace Briefings.Outputs.Pages;

/// <summary>What every page model holds, whatever its type: title, description, and the way back to the site root.</summary>
public sealed class PageModel(ContentGraph graph, PageSelection? only = null)
{
    public ContentGraph Graph { get; } = graph;

    /// <summary>
    /// The nodes of a kind whose pages are listed: all of them, in the graph's order, or, for serve's rebuild after an edit
    /// that keeps the graph's shape, only those of the entities it names, found by id rather than by going through a
    /// hundred thousand briefs to pick out a few.
    /// </summary>
    public IEnumerable<T> Listed<T>(IReadOnlyList<T> all, ContentKind kind, IReadOnlyDictionary<string, T> byId) =>
        only is null ? all : only.Entities.Where(k => k.Kind == kind).Order().Select(k => byId.GetValueOrDefault(k.Id)).OfType<T>();

    /// <summary>
    /// Whether any page of no entity under <paramref name="folder"/> (e.g. <c>commitments/</c>) is listed, so that the
    /// pages of a section that only serve's rebuild would skip are not worked out at all.
    /// </summary>
    public bool ListsUnder(string folder) => only is null || only.Unowned.Any(path => path.StartsWith(folder, StringComparison.Ordinal));

    public JsonLd JsonLd { get; } = new(graph);

    /// <summary>
    /// The date of the newest brief: the date of every page that lists the whole site. The first brief's, as the graph
    /// holds them newest first; going through them all for it took 25-50 ms of each serve rebuild at 100,000 briefs.
    /// </summary>
    public DateOnly? NewestBrief => Graph.Briefs.Count > 0 ? Graph.Briefs[0].Brief.Date : null;

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
