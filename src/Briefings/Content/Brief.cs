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
    /// <summary>The lead image, shown above the body, in link previews and in its JSON-LD.</summary>
    public ImageRef? Image { get; init; }
}

public sealed record Source(string? Title, string? Publisher, string? Url, TextPosition UrlAt, DateOnly? Date);

/// <param name="Id">Optional, unique within the site: what an embed names the quote by, so it stays put when quotes are reordered.</param>
public sealed record Quote(Ref By, string Text, string? Context, Ref? Id = null);

/// <summary>One brief's record of a commitment: a dated status entry once the brief's date is known.</summary>
public sealed record CommitmentMention(
    Ref Id,
    Ref By,
    Ref? To,
    string? Text,
    CommitmentStatus Status,
    IReadOnlyList<string> Conditions,
    string? Note);
