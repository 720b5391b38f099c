using Briefings.Content;

namespace Briefings.Incremental;

/// <summary>
/// The other way round of <see cref="BuildCache.Dependencies"/>: for each entity, the pages that showed it, and for each
/// page, the entity it is of. With it, an edit that keeps the graph's shape finds the few entities whose pages it may touch
/// without listing every page of the site and testing each one's dependencies (bench/serve-latency). A page that depends
/// on a whole kind (an index, an archive month) is kept apart and tested whole: filed under each of ten thousand keys it
/// would make the index as large as the site's pages times its briefs.
/// </summary>
internal sealed class PageIndex
{
    /// <summary>More keys than this, and a page is tested as a whole rather than filed under each key.</summary>
    private const int Wide = 256;

    private readonly Dictionary<EntityKey, HashSet<string>> _pagesOf = [];
    private readonly Dictionary<string, IReadOnlySet<EntityKey>> _wide = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, EntityKey> _owners;

    private PageIndex(IReadOnlyDictionary<string, EntityKey> owners) => _owners = owners;

    public static PageIndex Build(IEnumerable<KeyValuePair<string, IReadOnlySet<EntityKey>>> dependencies, IReadOnlyDictionary<string, EntityKey> owners)
    {
        var index = new PageIndex(owners);
        foreach (var (path, used) in dependencies)
        {
            index.Add(path, used);
        }

        return index;
    }

    /// <summary>The entities whose pages an edit may touch: those whose node changed, and the owners of the pages that showed a changed summary.</summary>
    public HashSet<EntityKey> Entities(IReadOnlySet<EntityKey> changedSummaries, IEnumerable<EntityKey> changedNodes)
    {
        var entities = new HashSet<EntityKey>(changedNodes);
        void Own(string path)
        {
            if (_owners.TryGetValue(path, out var owner))
            {
                entities.Add(owner);
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
            if (used.Overlaps(changedSummaries))
            {
                Own(path);
            }
        }

        return entities;
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
