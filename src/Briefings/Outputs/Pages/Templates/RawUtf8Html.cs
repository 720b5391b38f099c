using System.Text;

namespace Briefings.Outputs.Pages.Templates;

/// <summary>
/// Safe HTML kept as UTF-8, as rendered bodies are: written without escaping, like <see cref="RawHtml"/>,
/// and decoded straight into the page being rendered rather than into a string first.
/// </summary>
public sealed class RawUtf8Html(ReadOnlyMemory<byte> utf8)
{
    public ReadOnlyMemory<byte> Utf8 => utf8;

    /// <summary>Appends the HTML to <paramref name="builder"/>.</summary>
    public void AppendTo(StringBuilder builder) => builder.Append(Encoding.UTF8.GetString(Utf8.Span));

    public override string ToString() => Encoding.UTF8.GetString(Utf8.Span);
}
