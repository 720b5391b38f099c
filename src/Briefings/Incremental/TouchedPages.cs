using Briefings.Content;
using Briefings.Outputs.Pages;
using Briefings.Outputs.Pages.Models;

namespace Briefings.Incremental;

/// <summary>
/// Finds the pages an edit that keeps the graph's shape may touch from what each page showed when it was last rendered
/// (<see cref="BuildCache.Dependencies"/>), so that serve lists only those (<see cref="PageSelection"/>), not every page of
/// the site to test each one.
/// <para>
/// Such an edit moves nothing in any list: no brief, person, organization or topic comes, goes or changes place, and no
/// count of them changes. A page that depends on every entity of such a kind for where they sort is then touched only where
/// it shows one that changed (<see cref="Shows"/>). A commitment's status can change in place, and pages count commitments
/// by status, so a page that depends on every commitment is touched by any change to one.
/// </para>
/// <para>
/// The pages are tested one by one at each edit (20-40 ms at 100,000 briefs, bench/serve-latency), not looked up in an index
/// of the pages by what they showed: that index took 2.6-3.8 s to make at the first edit after a full build, and held a
/// set of pages for each of the site's entities.
/// </para>
/// </summary>
internal static class TouchedPages
{
    /// <summary>The kinds whose entities a shape-keeping edit neither adds, removes, reorders nor recounts.</summary>
    private static bool OrderOnly(ContentKind kind) => kind is not ContentKind.Commitment;

    /// <summary>Whether a page that recorded <paramref name="used"/> reads differently after a shape-keeping edit that changed <paramref name="changed"/>' summaries.</summary>
    public static bool Shows(IReadOnlySet<EntityKey> used, IReadOnlySet<EntityKey> changed) =>
        used is WholeKinds whole
            ? whole.Shown.Overlaps(changed) || whole.Kinds.Any(kind => !OrderOnly(kind) && changed.Any(k => k.Kind == kind))
            : used.Overlaps(changed);

    /// <summary>
    /// The pages an edit may touch: those of the entities whose node changed, and the pages that showed a changed
    /// summary, by the entity they are of or, for the pages of none, by path.
    /// </summary>
    public static PageSelection Select(
        IEnumerable<KeyValuePair<string, IReadOnlySet<EntityKey>>> dependencies, IReadOnlyDictionary<string, EntityKey> owners,
        IReadOnlySet<EntityKey> changedSummaries, IEnumerable<EntityKey> changedNodes)
    {
        var entities = new HashSet<EntityKey>(changedNodes);
        var unowned = new HashSet<string>(StringComparer.Ordinal);
        if (changedSummaries.Count == 0)
        {
            return new PageSelection(entities, unowned);
        }

        foreach (var (path, used) in dependencies)
        {
            if (!Shows(used, changedSummaries))
            {
                continue;
            }

            if (owners.TryGetValue(path, out var owner))
            {
                entities.Add(owner);
            }
            else
            {
                unowned.Add(path);
            }
        }

        return new PageSelection(entities, unowned);
    }
}
