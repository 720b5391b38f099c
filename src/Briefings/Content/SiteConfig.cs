namespace Briefings.Content;

public sealed record SiteConfig(
    string Title,
    string? Description,
    string BaseUrl,
    string Language,
    Publisher? Publisher,
    bool AllowHtml,
    bool AutolinkPeople,
    int FeedLimit,
    long MaxFileBytes,
    int Paginate)
{
    public const long DefaultMaxFileBytes = 5 * 1024 * 1024;

    /// <summary>Items per page of a paged list, and how many of a list an entity's own page shows.</summary>
    public const int DefaultPaginate = 50;

    public static SiteConfig Default(string title) =>
        new(title, null, "/", "en", null, false, true, 20, DefaultMaxFileBytes, DefaultPaginate);
}

public sealed record Publisher(string Name, string? Url);
