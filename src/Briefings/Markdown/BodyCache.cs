using System.Collections.Concurrent;
using Briefings.Content;
using Briefings.Diagnostics;

namespace Briefings.Markdown;

/// <summary>
/// Rendered bodies of the last build, for <c>serve</c>. A body is rendered again only when its Markdown
/// changed, or when something it depends on did: the set of ids and names on the site (wikilinks and
/// name mentions resolve against them) or the title of an entity it links to without a label.
/// </summary>
public sealed class BodyCache
{
    private readonly ConcurrentDictionary<EntityKey, Entry> _entries = new();

    internal bool TryGet(EntityKey key, string file, Content.Body body, long siteVersion, EntityIndex index, DiagnosticBag diagnostics, out RenderedBody rendered)
    {
        rendered = RenderedBody.Empty;
        if (!_entries.TryGetValue(key, out var entry) || entry.SiteVersion != siteVersion || entry.File != file ||
            !entry.Body.Equals(body))
        {
            return false;
        }

        foreach (var (linked, title) in entry.LinkTitles)
        {
            if (!index.Contains(linked) || index.Title(linked) != title)
            {
                return false;
            }
        }

        // An image file changed under the body: its HTML names the old file's sizes and hash.
        if (!entry.Rendered.Images.All(i => i.IsCurrent()))
        {
            return false;
        }

        foreach (var diagnostic in entry.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        rendered = entry.Rendered;
        return true;
    }

    internal void Store(EntityKey key, string file, Content.Body body, long siteVersion, EntityIndex index, RenderedBody rendered, IReadOnlyList<Diagnostic> diagnostics) =>
        _entries[key] = new Entry(file, body, siteVersion,
            rendered.Links.Distinct().Select(k => (k, index.Title(k))).ToArray(), rendered, diagnostics);

    internal void Retain(IEnumerable<EntityKey> keys)
    {
        var keep = keys.ToHashSet();
        foreach (var key in _entries.Keys)
        {
            if (!keep.Contains(key))
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    private sealed record Entry(
        string File,
        Content.Body Body,
        long SiteVersion,
        (EntityKey Key, string Title)[] LinkTitles,
        RenderedBody Rendered,
        IReadOnlyList<Diagnostic> Diagnostics);
}
