using Briefings.Diagnostics;

namespace Briefings.Content;

public sealed record Brief(
    string File,
    string Slug,
    TextPosition SlugAt,
    string Title,
    DateOnly Date,
    string? Summary,
    bool Draft,
    IReadOnlyList<Ref> Topics,
    IReadOnlyList<Ref> Speakers,
    Source? Source,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<CommitmentMention> Commitments,
    Body Body);

public sealed record Source(string? Title, string? Publisher, string? Url, TextPosition UrlAt, DateOnly? Date);

public sealed record Quote(Ref By, string Text, string? Context);

/// <summary>One brief's record of a commitment: a dated status entry once the brief's date is known.</summary>
public sealed record CommitmentMention(
    Ref Id,
    Ref By,
    Ref? To,
    string? Text,
    CommitmentStatus Status,
    IReadOnlyList<string> Conditions,
    string? Note);
