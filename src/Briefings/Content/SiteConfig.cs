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
    DateOnly? AsOf = null)
{
    public const long DefaultMaxFileBytes = 5 * 1024 * 1024;

    public static SiteConfig Default(string title) =>
        new(title, null, "/", "en", null, false, true, 20, DefaultMaxFileBytes);
}

public sealed record Publisher(string Name, string? Url);
