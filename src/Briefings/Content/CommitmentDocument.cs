namespace Briefings.Content;

/// <summary>The optional content/commitments/&lt;id&gt;.md file: a title and background for a commitment whose entries live in briefs.</summary>
public sealed record CommitmentDocument(string File, string Id, string? Title, Body Body);
