using Briefings.Content;

namespace Briefings.Graph;

/// <summary>One actor's own scorecard, as the tracker's table of actors lists it.</summary>
public sealed record ActorScorecard(EntityKey Actor, string Name, Scorecard Scorecard);

public static class ActorScorecards
{
    /// <summary>
    /// Every person and organization that made a commitment, each with its own figures only (an organization's people
    /// have rows of their own): most commitments first, then by name.
    /// </summary>
    public static IReadOnlyList<ActorScorecard> Of(ContentGraph graph) =>
        [.. graph.People.Select(p => new ActorScorecard(p.Key, p.Person.Name, p.Scorecard))
            .Concat(graph.Organizations.Select(o => new ActorScorecard(o.Key, o.Organization.Name, o.Scorecard)))
            .Where(a => a.Scorecard.Total > 0)
            .OrderByDescending(a => a.Scorecard.Total)
            .ThenBy(a => a, Comparer<ActorScorecard>.Create((a, b) => Ordering.CompareNames(a.Name, a.Actor.Id, b.Name, b.Actor.Id)))
            .ThenBy(a => a.Actor.Kind)];
}
