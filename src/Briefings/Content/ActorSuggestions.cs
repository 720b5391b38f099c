using Briefings.Diagnostics;

namespace Briefings.Content;

/// <summary>
/// Suggests the person or organization an unknown id was meant to name, from what an author writes in its place:
/// a slip of the id, the name or an alias written as an id (<c>councillor-reeve</c> for the Tom Reeve whose alias
/// is "Councillor Reeve"), or one word of them (<c>reeve</c>) when only one actor has that word.
/// </summary>
public sealed class ActorSuggestions
{
    private readonly Candidate[] _people;
    private readonly Candidate[] _organizations;
    private readonly Candidate[] _actors;

    public ActorSuggestions(IEnumerable<Person> people, IEnumerable<Organization> organizations)
    {
        _people = Candidates(people.Select(p => (p.Id, p.Name, p.Aliases)));
        _organizations = Candidates(organizations.Select(o => (o.Id, o.Name, o.Aliases)));
        _actors = [.. _people, .. _organizations];
    }

    public ActorSuggestion? Person(string unknown) => Suggest(unknown, _people);

    public ActorSuggestion? Organization(string unknown) => Suggest(unknown, _organizations);

    public ActorSuggestion? Actor(string unknown) => Suggest(unknown, _actors);

    /// <summary>"councillor-reeve" → "Councillor Reeve": the name to give <c>briefings new</c>, which makes that id of it.</summary>
    public static string NameFromId(string id) =>
        string.Join(' ', id.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static ActorSuggestion? Suggest(string unknown, Candidate[] candidates)
    {
        var wrong = Slugs.IsValid(unknown) ? unknown : Slugs.Slugify(unknown);
        if (wrong.Length == 0)
        {
            return null;
        }

        if (Suggestions.Nearest(wrong, candidates.Select(c => c.Slug)) is { } nearest)
        {
            return candidates.First(c => c.Slug == nearest).Suggestion;
        }

        // Every word of the unknown id is a word of some actor's id, name or alias, and of only one actor's.
        var words = wrong.Split('-');
        var matching = candidates.Where(c => words.All(c.Words.Contains)).ToList();
        return matching.Count > 0 && matching.All(c => c.Suggestion.Id == matching[0].Suggestion.Id) ? matching[0].Suggestion : null;
    }

    /// <summary>Ids before names and aliases, each in id order, so a slip of an id wins over another actor's name.</summary>
    private static Candidate[] Candidates(IEnumerable<(string Id, string Name, IReadOnlyList<string> Aliases)> actors)
    {
        var ordered = actors.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var ids = ordered.Select(a => new Candidate(a.Id, new ActorSuggestion(a.Id, null)));
        var names = ordered.SelectMany(a => a.Aliases.Prepend(a.Name)
            .Select(name => new Candidate(Slugs.Slugify(name), new ActorSuggestion(a.Id, name))));
        return [.. ids.Concat(names).Where(c => c.Slug.Length > 0)];
    }

    private sealed record Candidate(string Slug, ActorSuggestion Suggestion)
    {
        public string[] Words { get; } = Slug.Split('-');
    }
}

/// <summary>An actor's id, and the name or alias that led to it when that was not the id.</summary>
public sealed record ActorSuggestion(string Id, string? Via)
{
    public string DidYouMean => Via is null || Slugs.Slugify(Via) == Id ? $"; did you mean '{Id}'?" : $"; did you mean '{Id}' ({Via})?";
}
