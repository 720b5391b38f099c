using Briefings.Content;

namespace Briefings.Outputs.Pages.Models;

/// <summary>
/// What a page that depends on whole kinds showed: as a set, every key it depends on; beside that, the keys whose
/// summaries it showed and the kinds it depends on whole, so that serve can tell an edit that moves nothing in any
/// list (which touches such a page only where it shows what changed) from one that does.
/// </summary>
public sealed class WholeKinds(IReadOnlySet<EntityKey> all, IReadOnlySet<EntityKey> shown, IReadOnlyList<ContentKind> kinds) : IReadOnlySet<EntityKey>
{
    public IReadOnlySet<EntityKey> Shown => shown;

    public IReadOnlyList<ContentKind> Kinds => kinds;

    public int Count => all.Count;

    public bool Contains(EntityKey item) => all.Contains(item);

    public IEnumerator<EntityKey> GetEnumerator() => all.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public bool IsProperSubsetOf(IEnumerable<EntityKey> other) => all.IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<EntityKey> other) => all.IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<EntityKey> other) => all.IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<EntityKey> other) => all.IsSupersetOf(other);

    public bool Overlaps(IEnumerable<EntityKey> other) => all.Overlaps(other);

    public bool SetEquals(IEnumerable<EntityKey> other) => all.SetEquals(other);
}
