using Briefings.Content;
using Briefings.Graph;
using Briefings.Markdown;

namespace Briefings.Incremental;

/// <summary>
/// The entities whose own page shows a card of something that changed: a card shows more of its target than the
/// summary a list does (a quote's text, a commitment's timeline), so a change to the target's node re-renders it.
/// </summary>
internal static class EmbedChanges
{
    public static HashSet<EntityKey> Embedding(ContentGraph graph, IReadOnlySet<EntityKey> changed)
    {
        var touched = new HashSet<EntityKey>();
        foreach (var node in graph.Briefs)
        {
            if (Shows(node.Body, changed))
            {
                touched.Add(node.Key);
            }
        }

        foreach (var node in graph.People)
        {
            if (Shows(node.Bio, changed))
            {
                touched.Add(node.Key);
            }
        }

        foreach (var node in graph.Organizations)
        {
            if (Shows(node.Description, changed))
            {
                touched.Add(node.Key);
            }
        }

        foreach (var node in graph.Topics)
        {
            if (Shows(node.Description, changed))
            {
                touched.Add(node.Key);
            }
        }

        foreach (var node in graph.Commitments)
        {
            if (Shows(node.Background, changed))
            {
                touched.Add(node.Key);
            }
        }

        return touched;
    }

    /// <summary>
    /// Whether a body shows a card of a changed entity. Most bodies show none, and are passed over before their entity's key
    /// is made and a query begun: this runs over every entity of the site at each edit (100,000 briefs).
    /// </summary>
    private static bool Shows(RenderedBody body, IReadOnlySet<EntityKey> changed)
    {
        var embeds = body.Embeds;
        for (var i = 0; i < embeds.Count; i++)
        {
            if (changed.Contains(embeds[i].Target))
            {
                return true;
            }
        }

        return false;
    }
}
