namespace Briefings.Outputs.Pages.Templates;

/// <summary>
/// HTML that is already safe: rendered Markdown, a partial's output, JSON-LD. The only kind of value the
/// template context writes without escaping, so raw output is always a deliberate choice of a type.
/// </summary>
public sealed record RawHtml(string Html)
{
    public static readonly RawHtml Empty = new("");

    public override string ToString() => Html;
}
