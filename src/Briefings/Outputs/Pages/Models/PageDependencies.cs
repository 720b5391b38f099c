using Briefings.Content;

namespace Briefings.Outputs.Pages.Models;

/// <summary>
/// What one page showed, recorded while its model is made, so that <c>serve</c> re-renders it when one of those
/// entities changes: the entities whose summaries it took, and the kinds it depends on whole. A page of a sorted list
/// depends on every item of the list, not only those it shows: a brief whose date moves it into December changes the
/// December page, which did not show it before.
/// </summary>
public sealed class PageDependencies
{
    private readonly HashSet<EntityKey> _keys = [];
    private readonly List<ContentKind> _every = [];

    public void Add(EntityKey key) => _keys.Add(key);

    public void AddEvery(ContentKind kind)
    {
        if (!_every.Contains(kind))
        {
            _every.Add(kind);
        }
    }

    /// <summary>
    /// The recorded keys as one set, <paramref name="every"/> giving all the keys of a kind. A page that depends on one
    /// whole kind and shows nothing else of another gets that kind's shared set: the months of a 100,000-brief archive
    /// would otherwise hold a copy of every brief's key each. A page that depends on whole kinds gets a
    /// <see cref="WholeKinds"/>, which also tells which keys it showed.
    /// </summary>
    public IReadOnlySet<EntityKey> ToSet(Func<ContentKind, IReadOnlySet<EntityKey>> every)
    {
        if (_every.Count == 0)
        {
            return _keys;
        }

        if (_every.Count == 1 && _keys.All(k => k.Kind == _every[0]))
        {
            var all = every(_every[0]);
            if (_keys.IsSubsetOf(all))
            {
                return new WholeKinds(all, _keys, [.. _every]);
            }
        }

        var union = new HashSet<EntityKey>(_keys);
        foreach (var kind in _every)
        {
            union.UnionWith(every(kind));
        }

        return new WholeKinds(union, _keys, [.. _every]);
    }
}
