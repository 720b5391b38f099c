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
    long MaxFileBytes)
{
    public const long DefaultMaxFileBytes = 5 * 1024 * 1024;

    public const long DefaultMaxImageBytes = 20 * 1024 * 1024;

    /// <summary>The widths images are made in for <c>srcset</c>; one wider than the original is left out.</summary>
    public IReadOnlyList<int> ImageWidths { get; init; } = [480, 960, 1600];

    public long MaxImageBytes { get; init; } = DefaultMaxImageBytes;

    public static SiteConfig Default(string title) =>
        new(title, null, "/", "en", null, false, true, 20, DefaultMaxFileBytes);
}

public sealed record Publisher(string Name, string? Url);
