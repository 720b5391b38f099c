using Briefings.Content;
using Briefings.Outputs.Pages;
using Briefings.Outputs.Pages.Models;

namespace Briefings.Incremental;

/// <summary>
/// The other way round of <see cref="BuildCache.Dependencies"/>: for each entity, the pages that showed it, and for each
/// page, the entity it is of. With it, an edit that keeps the graph's shape finds the few entities whose pages it may touch
/// without listing every page of the site and testing each one's dependencies (bench/serve-latency). A page that depends
/// on a whole kind (an index, an archive month) is kept apart and tested whole: filed under each of ten thousand keys it
/// would make the index as large as the site's pages times its briefs.
/// <para>
/// It serves only edits that keep the graph's shape, and these move nothing in any list: no brief, person, organization or
/// topic comes, goes or changes place, and no count of them changes. A page that depends on every entity of such a kind
/// for where they sort is then touched only where it shows one that changed (<see cref="Shows"/>). A commitment's status
/// can change in place, and pages count commitments by status, so a page that depends on every commitment stays whole.
/// </para>
/// </summary>
internal sealed class PageIndex
{
    /// <summary>More keys than this, and a page is tested as a whole rather than filed under each key.</summary>
    private const int Wide = 256;

    private readonly Dictionary<EntityKey, HashSet<string>> _pagesOf = [];
    private readonly Dictionary<string, IReadOnlySet<EntityKey>> _wide = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, EntityKey> _owners;

    private PageIndex(IReadOnlyDictionary<string, EntityKey> owners) => _owners = owners;

    /// <summary>The kinds whose entities a shape-keeping edit neither adds, removes, reorders nor recounts.</summary>
    private static bool OrderOnly(ContentKind kind) => kind is not ContentKind.Commitment;

    /// <summary>Whether a page that recorded <paramref name="used"/> reads differently after a shape-keeping edit that changed <paramref name="changed"/>' summaries.</summary>
    public static bool Shows(IReadOnlySet<EntityKey> used, IReadOnlySet<EntityKey> changed) =>
        used is WholeKinds whole
            ? whole.Shown.Overlaps(changed) || whole.Kinds.Any(kind => !OrderOnly(kind) && changed.Any(k => k.Kind == kind))
            : used.Overlaps(changed);

    public static PageIndex Build(IEnumerable<KeyValuePair<string, IReadOnlySet<EntityKey>>> dependencies, IReadOnlyDictionary<string, EntityKey> owners)
    {
        var index = new PageIndex(owners);
        foreach (var (path, used) in dependencies)
        {
            index.Add(path, used);
        }

        return index;
    }

    /// <summary>
    /// The pages an edit may touch: those of the entities whose node changed, and the pages that showed a changed
    /// summary, by the entity they are of or, for the pages of none, by path.
    /// </summary>
    public PageSelection Select(IReadOnlySet<EntityKey> changedSummaries, IEnumerable<EntityKey> changedNodes)
    {
        var entities = new HashSet<EntityKey>(changedNodes);
        var unowned = new HashSet<string>(StringComparer.Ordinal);
        void Own(string path)
        {
            if (_owners.TryGetValue(path, out var owner))
            {
                entities.Add(owner);
            }
            else
            {
                unowned.Add(path);
            }
        }

        foreach (var key in changedSummaries)
        {
            foreach (var path in _pagesOf.GetValueOrDefault(key) ?? [])
            {
                Own(path);
            }
        }

        foreach (var (path, used) in _wide)
        {
            if (Shows(used, changedSummaries))
            {
                Own(path);
            }
        }

        return new PageSelection(entities, unowned);
    }

    /// <summary>Files a page again under what it showed when it was rendered anew.</summary>
    public void Replace(string path, IReadOnlySet<EntityKey>? before, IReadOnlySet<EntityKey> after)
    {
        if (before is not null)
        {
            Remove(path, before);
        }

        Add(path, after);
    }

    private void Add(string path, IReadOnlySet<EntityKey> used)
    {
        if (used is WholeKinds whole && whole.Kinds.All(OrderOnly))
        {
            used = whole.Shown;
        }

        if (used.Count > Wide)
        {
            _wide[path] = used;
            return;
        }

        foreach (var key in used)
        {
            if (!_pagesOf.TryGetValue(key, out var paths))
            {
                _pagesOf[key] = paths = new HashSet<string>(StringComparer.Ordinal);
            }

            paths.Add(path);
        }
    }

    private void Remove(string path, IReadOnlySet<EntityKey> used)
    {
        if (used is WholeKinds whole && whole.Kinds.All(OrderOnly))
        {
            used = whole.Shown;
        }

        if (used.Count > Wide)
        {
            _wide.Remove(path);
            return;
        }

        foreach (var key in used)
        {
            _pagesOf.GetValueOrDefault(key)?.Remove(path);
        }
    }
}
