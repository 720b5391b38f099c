using System.Collections.Concurrent;
using Briefings.Content;
using Briefings.Graph;

namespace Briefings.Outputs.Pages;

/// <summary>The keys of every entity of a kind in one build, made once and shared by the pages that depend on them all.</summary>
internal sealed class EveryKey(ContentGraph graph)
{
    private readonly ConcurrentDictionary<ContentKind, Lazy<IReadOnlySet<EntityKey>>> _sets = new();

    public IReadOnlySet<EntityKey> Of(ContentKind kind) =>
        _sets.GetOrAdd(kind, k => new Lazy<IReadOnlySet<EntityKey>>(() => Keys(k).ToHashSet())).Value;

    private IEnumerable<EntityKey> Keys(ContentKind kind) => kind switch
    {
        ContentKind.Brief => graph.Briefs.Select(b => b.Key),
        ContentKind.Person => graph.People.Select(p => p.Key),
        ContentKind.Organization => graph.Organizations.Select(o => o.Key),
        ContentKind.Topic => graph.Topics.Select(t => t.Key),
        ContentKind.Commitment => graph.Commitments.Select(c => c.Key),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
