using Briefings.Content;
using Briefings.Diagnostics;

namespace Briefings.Checking;

/// <summary>
/// A redirect page may stand only where the site has no page of its own, and only one redirect may stand there:
/// an old slug or id that is live again (or listed twice) is an error, never a page silently replaced.
/// </summary>
internal static class RedirectCheck
{
    public static void Run(LoadedContent content, EntityIndex index, DiagnosticBag diagnostics)
    {
        var live = new Dictionary<EntityKey, string>();
        foreach (var brief in content.Briefs.Concat(content.Expired))
        {
            live.TryAdd(new EntityKey(ContentKind.Brief, brief.Slug), $"the brief {brief.File}");
        }

        foreach (var person in content.People)
        {
            live.TryAdd(new EntityKey(ContentKind.Person, person.Id), $"the person {person.File}");
        }

        foreach (var organization in content.Organizations)
        {
            live.TryAdd(new EntityKey(ContentKind.Organization, organization.Id), $"the organization {organization.File}");
        }

        foreach (var topic in index.TopicIds)
        {
            live.TryAdd(new EntityKey(ContentKind.Topic, topic), index.TopicFiles.TryGetValue(topic, out var file) ? $"the topic {file.File}" : $"the topic '{topic}'");
        }

        var taken = new Dictionary<EntityKey, string>();
        foreach (var (file, kind, olds) in Sources(content).OrderBy(s => s.File, StringComparer.Ordinal))
        {
            foreach (var old in olds)
            {
                var key = new EntityKey(kind, old.Id);
                if (live.TryGetValue(key, out var what))
                {
                    diagnostics.Error(Codes.RedirectCollision, file, old.At,
                        $"redirect_from '{old.Id}' would replace the page of {what} at {key.Url}; remove it from redirect_from, or rename one of them");
                }
                else if (!taken.TryAdd(key, file))
                {
                    diagnostics.Error(Codes.RedirectCollision, file, old.At,
                        $"redirect_from '{old.Id}' is already redirected by {taken[key]}; an old {kind.Noun()} URL can lead to one page only");
                }
            }
        }
    }

    /// <summary>Every entity that lists old ids, with the kind whose folder those ids are in.</summary>
    public static IEnumerable<(string File, ContentKind Kind, IReadOnlyList<Ref> Olds)> Sources(LoadedContent content) =>
        content.Briefs.Concat(content.Expired).Select(b => (b.File, ContentKind.Brief, b.RedirectFrom))
            .Concat(content.People.Select(p => (p.File, ContentKind.Person, p.RedirectFrom)))
            .Concat(content.Organizations.Select(o => (o.File, ContentKind.Organization, o.RedirectFrom)))
            .Concat(content.Topics.Select(t => (t.File, ContentKind.Topic, t.RedirectFrom)))
            .Where(s => s.Item3.Count > 0);
}
