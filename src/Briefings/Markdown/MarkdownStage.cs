using System.Collections.Concurrent;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Images;

namespace Briefings.Markdown;

/// <summary>Renders every body of the site in parallel with one pipeline and one name matcher.</summary>
public static class MarkdownStage
{
    /// <param name="releaseMarkdown">Whether each body lets go of its Markdown once rendered (<see cref="Body.Release"/>): for a build with no cache.</param>
    /// <param name="releaseHtml">
    /// Where a brief's HTML waits until its page and the search index have read it, and is let go of then
    /// (<see cref="RenderedBody.ReleaseAfter"/>): for a build with no cache whose graph nothing reads afterwards; null to keep it.
    /// </param>
    public static IReadOnlyDictionary<EntityKey, RenderedBody> Run(
        LoadedContent content, EntityIndex index, DiagnosticBag diagnostics, BodyCache? cache = null, bool releaseMarkdown = false, SiteImages? images = null, HtmlSpill? releaseHtml = null)
    {
        var renderer = new BodyRenderer(MarkdownPipelineFactory.Create(), index, CreateMatcher(index), content.Config, images);
        // Sized at once: grown from nothing, the list and the dictionary passed through arrays on the large-object heap,
        // and the dictionary made every entry anew at each resize.
        var work = new List<(string File, Body Body, EntityKey Key)>(
            index.Briefs.Count + index.People.Count + index.Organizations.Count + index.TopicFiles.Count + index.CommitmentFiles.Count);
        work.AddRange(index.Briefs.Values.Select(b => (b.File, b.Body, new EntityKey(ContentKind.Brief, b.Slug))));
        work.AddRange(index.People.Values.Select(p => (p.File, p.Body, new EntityKey(ContentKind.Person, p.Id))));
        work.AddRange(index.Organizations.Values.Select(o => (o.File, o.Body, new EntityKey(ContentKind.Organization, o.Id))));
        work.AddRange(index.TopicFiles.Values.Select(t => (t.File, t.Body, new EntityKey(ContentKind.Topic, t.Id))));
        work.AddRange(index.CommitmentFiles.Values.Select(c => (c.File, c.Body, new EntityKey(ContentKind.Commitment, c.Id))));

        var bodies = new ConcurrentDictionary<EntityKey, RenderedBody>(Environment.ProcessorCount, work.Count);
        if (cache is null)
        {
            Parallel.ForEach(work, item =>
            {
                var rendered = bodies[item.Key] = renderer.Render(item.File, item.Body, item.Key, diagnostics);
                if (releaseMarkdown)
                {
                    item.Body.Release();
                }

                if (releaseHtml is not null && item.Key.Kind == ContentKind.Brief)
                {
                    // Read by the brief's page and by the search index.
                    rendered.ReleaseAfter(2, releaseHtml);
                }
            });
            return bodies;
        }

        var version = SiteVersion(index, content.Config);
        Parallel.ForEach(work, item =>
        {
            if (!cache.TryGet(item.Key, item.File, item.Body, version, index, diagnostics, out var rendered))
            {
                var own = new DiagnosticBag();
                rendered = renderer.Render(item.File, item.Body, item.Key, own);
                var found = own.Sorted();
                foreach (var diagnostic in found)
                {
                    diagnostics.Add(diagnostic);
                }

                // An image problem is about a file beside the body, which may be fixed without touching the body.
                if (!found.Any(d => Codes.IsAboutImageFile(d.Code)))
                {
                    cache.Store(item.Key, item.File, item.Body, version, index, rendered, found);
                }
            }

            foreach (var image in rendered.Images)
            {
                images?.Keep(image);
            }

            bodies[item.Key] = rendered;
        });
        cache.Retain(bodies.Keys);
        return bodies;
    }

    /// <summary>
    /// Changes whenever anything every body depends on changes: the ids of the site (a wikilink may start
    /// or stop resolving), the quote ids embeds find quotes by, the names and phrases people and organizations are matched by, and the Markdown settings.
    /// </summary>
    private static long SiteVersion(EntityIndex index, SiteConfig config)
    {
        var hash = new HashCode();
        hash.Add(config.AllowHtml);
        hash.Add(config.AutolinkPeople);
        hash.Add(string.Join(',', config.ImageWidths));
        hash.Add(config.MaxImageBytes);
        foreach (var kind in ContentKinds.All)
        {
            foreach (var id in index.AllIds(kind).Order(StringComparer.Ordinal))
            {
                hash.Add(kind);
                hash.Add(id, StringComparer.Ordinal);
            }
        }

        // An embedded quote is found by its id: moved to another brief or place, the embed must follow it.
        foreach (var (id, at) in index.QuotesById.OrderBy(q => q.Key, StringComparer.Ordinal))
        {
            hash.Add(id, StringComparer.Ordinal);
            hash.Add(at);
        }

        foreach (var person in index.People.Values.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            hash.Add(person.Name, StringComparer.Ordinal);
            hash.Add(string.Join('\u0001', person.Aliases), StringComparer.Ordinal);
        }

        foreach (var organization in index.Organizations.Values.OrderBy(o => o.Id, StringComparer.Ordinal))
        {
            hash.Add(organization.Name, StringComparer.Ordinal);
            hash.Add(string.Join('\u0001', organization.Match), StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>
    /// People are matched by name and aliases; organizations only by name and their <c>match:</c> phrases, since an
    /// organization's alias ("Washington", "the previous administration") often names something else in a brief,
    /// and a match makes the organization one of the brief's.
    /// </summary>
    public static NameMatcher CreateMatcher(EntityIndex index)
    {
        var names = new List<(string, EntityKey)>();
        foreach (var person in index.People.Values)
        {
            var key = new EntityKey(ContentKind.Person, person.Id);
            names.Add((person.Name, key));
            names.AddRange(person.Aliases.Select(a => (a, key)));
        }

        foreach (var organization in index.Organizations.Values)
        {
            var key = new EntityKey(ContentKind.Organization, organization.Id);
            names.Add((organization.Name, key));
            names.AddRange(organization.Match.Select(m => (m, key)));
        }

        return new NameMatcher(names);
    }
}
