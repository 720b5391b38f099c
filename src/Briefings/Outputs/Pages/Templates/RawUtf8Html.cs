using System.Text;

namespace Briefings.Outputs.Pages.Templates;

/// <summary>
/// Safe HTML kept as UTF-8, as rendered bodies are: written without escaping, like <see cref="RawHtml"/>,
/// and copied straight into the page being rendered rather than through a string.
/// </summary>
public sealed class RawUtf8Html(ReadOnlyMemory<byte> utf8)
{
    public ReadOnlyMemory<byte> Utf8 => utf8;

    public override string ToString() => Encoding.UTF8.GetString(Utf8.Span);
}
