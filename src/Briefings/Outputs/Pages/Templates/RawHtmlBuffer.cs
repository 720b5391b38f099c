using System.Text;

namespace Briefings.Outputs.Pages.Templates;

/// <summary>
/// Safe HTML still in the builder it was rendered into: a page's own output, which the layout writes
/// as <c>content</c>. Like <see cref="RawHtml"/> it is written without escaping, but without first
/// copying a whole page into a string. Valid only while the layout around it renders.
/// </summary>
public sealed class RawHtmlBuffer(StringBuilder builder)
{
    public StringBuilder Builder { get; } = builder;

    public override string ToString() => Builder.ToString();
}
