using Briefings.Diagnostics;

namespace Briefings.Content;

/// <param name="HasDate">
/// False when the date is missing or does not read (already an error): <see cref="Date"/> is then a stand-in, and
/// checks that depend on the order of briefs leave this one out rather than report what the order implies.
/// </param>
public sealed record Brief(
    string File,
    string Slug,
    TextPosition SlugAt,
    string Title,
    DateOnly Date,
    bool HasDate,
    string? Summary,
    bool Draft,
    IReadOnlyList<Ref> Topics,
    IReadOnlyList<Ref> Speakers,
    Source? Source,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<CommitmentMention> Commitments,
    Body Body)
{
    /// <summary>The day it may go live, when later than its date (an embargo); null when not set.</summary>
    public DateOnly? PublishDate { get; init; }

    /// <summary>The day it stops being current: from then on only a short "no longer current" page stands at its URL.</summary>
    public DateOnly? ExpiryDate { get; init; }

    public string? ExpiryReason { get; init; }

    /// <summary>Corrections, updates, clarifications and retractions, oldest first.</summary>
    public IReadOnlyList<BriefUpdate> Updates { get; init; } = [];

    /// <summary>The date of its latest update; null when it was never updated.</summary>
    public DateOnly? LastUpdated => Updates.Count > 0 ? Updates[^1].Date : null;

    /// <summary>The retraction, if the brief was retracted: the reader is told before the body.</summary>
    public BriefUpdate? Retraction => Updates.LastOrDefault(u => u.Kind == UpdateKind.Retraction);

    /// <summary>Who wrote it, as written: a person id of the site, or a name as it should be shown.</summary>
    public IReadOnlyList<Ref> Byline { get; init; } = [];

    /// <summary>Old slugs, after a rename: each gets a page that sends readers here.</summary>
    public IReadOnlyList<Ref> RedirectFrom { get; init; } = [];
    /// <summary>The lead image, shown above the body, in link previews and in its JSON-LD.</summary>
    public ImageRef? Image { get; init; }
}

public sealed record Source(string? Title, string? Publisher, string? Url, TextPosition UrlAt, DateOnly? Date)
{
    /// <summary>A copy kept by an archive (the Wayback Machine, archive.today), for when the page moves or changes.</summary>
    public string? ArchiveUrl { get; init; }

    public TextPosition ArchiveUrlAt { get; init; }

    /// <summary>Whether it names anything a reader could look up: a URL or a title.</summary>
    public bool IsCitable => !string.IsNullOrWhiteSpace(Url) || !string.IsNullOrWhiteSpace(Title);
}

/// <param name="Id">Optional, unique within the site: what an embed names the quote by, so it stays put when quotes are reordered.</param>
public sealed record Quote(Ref By, string Text, string? Context, Ref? Id = null)
{
    /// <summary>
    /// The language the words were said in, when not the site's (<c>language: en</c>): pages mark the quote with it, or,
    /// for a translation, the original.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>Where the quote was said or reported, when not (only) in the brief's own source.</summary>
    public Source? Source { get; init; }

    public QuoteKind Kind { get; init; }

    /// <summary>For a translation: the words as they were said, in <see cref="Language"/>.</summary>
    public string? Original { get; init; }

    /// <summary>Where the quote starts in its brief, for diagnostics about it as a whole.</summary>
    public TextPosition At { get; init; }
}

/// <summary>How a quote's text stands to what was said: the words themselves, their sense, or their translation.</summary>
public enum QuoteKind
{
    Verbatim,
    Paraphrase,
    Translation,
}

public static class QuoteKinds
{
    private static readonly string[] SlugList = ["verbatim", "paraphrase", "translation"];

    public static IReadOnlyList<string> Slugs => SlugList;

    public static string Slug(this QuoteKind kind) => SlugList[(int)kind];

    public static QuoteKind? Parse(string text) => Array.IndexOf(SlugList, text) is >= 0 and var i ? (QuoteKind)i : null;
}

/// <summary>One brief's record of a commitment: a dated status entry once the brief's date is known.</summary>
public sealed record CommitmentMention(
    Ref Id,
    Ref By,
    Ref? To,
    string? Text,
    CommitmentStatus Status,
    IReadOnlyList<string> Conditions,
    string? Note)
{
    /// <summary>What the entry states as pledged (or, on a proposed or offered entry, as offered), one per unit.</summary>
    public IReadOnlyList<Quantity> Amount { get; init; } = [];

    /// <summary>What arrived with this entry, one per unit; deliveries add up over the timeline.</summary>
    public IReadOnlyList<Quantity> Delivered { get; init; } = [];

    /// <summary>Where <c>amount:</c> was written, for the warning when it leaves out a unit an earlier entry gave.</summary>
    public TextPosition AmountAt { get; init; }

    /// <summary>Where <c>status:</c> was written, for the warning about a transition that needs a note.</summary>
    public TextPosition StatusAt { get; init; }
}
