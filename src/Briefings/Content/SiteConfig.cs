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
    int Paginate,
    DateOnly? AsOf = null)
{
    public const long DefaultMaxFileBytes = 5 * 1024 * 1024;

    /// <summary>
    /// <c>edit_url</c>: where an author edits a page's source file, with <c>{path}</c> standing for the file's path from the
    /// site folder (<c>https://github.com/org/repo/edit/main/{path}</c>); null for no "Edit this page" links.
    /// </summary>
    public string? EditUrl { get; init; }

    /// <summary>Items per page of a paged list, and how many of a list an entity's own page shows.</summary>
    public const int DefaultPaginate = 50;
    public const long DefaultMaxImageBytes = 20 * 1024 * 1024;

    /// <summary>The widths images are made in for <c>srcset</c>; one wider than the original is left out.</summary>
    public IReadOnlyList<int> ImageWidths { get; init; } = [480, 960, 1600];

    public long MaxImageBytes { get; init; } = DefaultMaxImageBytes;

    /// <summary>The interface strings, dates and counts of <see cref="Language"/>, read with the config.</summary>
    public Languages.InterfaceText Text { get; init; } = Languages.InterfaceText.English;

    /// <summary>
    /// An open commitment whose last entry is more than this many days before the as-of date is flagged as not updated
    /// since; 0 turns the flag off.
    /// </summary>
    public int StaleAfterDays { get; init; } = DefaultStaleAfterDays;

    public const int DefaultStaleAfterDays = 180;

    /// <summary>The dated exchange rates totals across currencies are made with, oldest first; none, and money is only summed per currency.</summary>
    public IReadOnlyList<RateTable> Rates { get; init; } = [];

    /// <summary>Whether a quote with no source of its own, nor its brief's, is an error rather than allowed.</summary>
    public bool RequireQuoteSources { get; init; }

    /// <summary>
    /// Whether each person gets a page per topic they are quoted or named on (<c>people/&lt;id&gt;/topics/&lt;topic&gt;/</c>).
    /// Off unless asked for: a site has about as many such pairs as briefs times people per brief (42,383 on the
    /// 10,000-brief benchmark corpus), each a page of its own to render and write.
    /// </summary>
    public bool PersonTopicPages { get; init; }

    public static SiteConfig Default(string title) =>
        new(title, null, "/", "en", null, false, true, 20, DefaultMaxFileBytes, DefaultPaginate);
}

public sealed record Publisher(string Name, string? Url);
