namespace Briefings.Graph;

/// <summary>The one set of orderings the whole site uses, so every list is deterministic.</summary>
public static class Ordering
{
    /// <summary>Newest first; briefs of one day by slug.</summary>
    public static readonly Comparison<BriefNode> Newest = (a, b) =>
    {
        var byDate = b.Brief.Date.CompareTo(a.Brief.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Brief.Slug, b.Brief.Slug);
    };

    /// <summary>Oldest first; briefs of one day by slug, as a commitment's timeline is ordered.</summary>
    public static readonly Comparison<BriefNode> Chronological = (a, b) =>
    {
        var byDate = a.Brief.Date.CompareTo(b.Brief.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Brief.Slug, b.Brief.Slug);
    };

    public static readonly Comparison<PersonNode> ByName = (a, b) => CompareNames(a.Person.Name, a.Person.Id, b.Person.Name, b.Person.Id);

    public static readonly Comparison<OrganizationNode> OrganizationByName =
        (a, b) => CompareNames(a.Organization.Name, a.Organization.Id, b.Organization.Name, b.Organization.Id);

    public static int CompareNames(string nameA, string idA, string nameB, string idB)
    {
        var byName = string.Compare(nameA, nameB, StringComparison.OrdinalIgnoreCase);
        return byName != 0 ? byName : string.CompareOrdinal(idA, idB);
    }

    /// <summary>The date of the newest brief of a list, or null for none.</summary>
    public static DateOnly? Latest(IEnumerable<BriefNode> briefs) =>
        briefs.Select(b => (DateOnly?)b.Brief.Date).Max();

    public static List<T> Sorted<T>(this IEnumerable<T> items, Comparison<T> comparison)
    {
        var list = items.ToList();
        list.Sort(comparison);
        return list;
    }
}
