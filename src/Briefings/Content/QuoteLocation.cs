namespace Briefings.Content;

/// <summary>Where a quote is: the brief that records it and its place among that brief's quotes.</summary>
public readonly record struct QuoteLocation(string BriefSlug, int Index)
{
    public EntityKey Brief => new(ContentKind.Brief, BriefSlug);
}
