namespace Briefings.Outputs.Pages.Templates;

/// <summary>
/// Safe HTML still in the output it was rendered into: a page's own output, which the layout writes
/// as <c>content</c>. Like <see cref="RawHtml"/> it is written without escaping, but without first
/// copying a whole page into a string. Valid only while the layout around it renders.
/// </summary>
internal sealed class RawHtmlBuffer(Utf8Output output)
{
    public Utf8Output Output { get; } = output;

    public override string ToString() => Output.ToString();
}
