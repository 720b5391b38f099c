using Briefings.Content;

namespace Briefings.Outputs.Pages;

/// <summary>
/// Which pages serve's rebuild after an edit that keeps the graph's shape lists, out of which it picks those to render:
/// the pages of <paramref name="Entities"/>, and of the pages of no entity (indexes, archives, the tracker) those in
/// <paramref name="Unowned"/> (output paths). The rest of the site is not even listed: at 100,000 briefs, listing it
/// (grouping every brief by month, every commitment by status, sorting the stale ones and the actors) took 300-600 ms of
/// each edit that then rendered 17 pages (bench/serve-latency).
/// </summary>
public sealed record PageSelection(IReadOnlySet<EntityKey> Entities, IReadOnlySet<string> Unowned);
