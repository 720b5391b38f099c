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
        void Check(EntityKey own, RenderedBody body)
        {
            if (body.Embeds.Any(e => changed.Contains(e.Target)))
            {
                touched.Add(own);
            }
        }

        foreach (var node in graph.Briefs)
        {
            Check(node.Key, node.Body);
        }

        foreach (var node in graph.People)
        {
            Check(node.Key, node.Bio);
        }

        foreach (var node in graph.Organizations)
        {
            Check(node.Key, node.Description);
        }

        foreach (var node in graph.Topics)
        {
            Check(node.Key, node.Description);
        }

        foreach (var node in graph.Commitments)
        {
            Check(node.Key, node.Background);
        }

        return touched;
    }
}
