using Briefings.Content;

namespace Briefings.Markdown.Embeds;

/// <summary>
/// A resolved embed in a rendered body: what it shows and where its card goes in the body's UTF-8 HTML.
/// <paramref name="Target"/> is the commitment or person, or for a quote the brief that records it, with
/// <paramref name="QuoteIndex"/> its place among that brief's quotes (−1 otherwise).
/// </summary>
public sealed record Embed(EmbedKind Kind, EntityKey Target, int QuoteIndex, int Utf8Offset);
