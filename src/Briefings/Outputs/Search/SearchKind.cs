namespace Briefings.Outputs.Search;

/// <summary>
/// The kinds of search result, in the order the index numbers its documents: all of one kind together, so that the
/// kind filter is a range of numbers and costs no download. The summaries of many (topic, person, organization) come
/// first, as between two results that score alike the earlier document is shown first.
/// </summary>
internal enum SearchKind
{
    Topic,
    Person,
    Organization,
    Brief,
    Quote,
    Commitment,
}

internal static class SearchKinds
{
    public static readonly IReadOnlyList<SearchKind> All = Enum.GetValues<SearchKind>();

    /// <summary>The kind as the index, the page's filter and its URL name it.</summary>
    public static string Name(this SearchKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Kinds whose documents have a date, each kind's newest first, so that a date range is a range of numbers.</summary>
    public static readonly IReadOnlyList<SearchKind> Dated = [SearchKind.Brief, SearchKind.Quote, SearchKind.Commitment];
}
