using System.Text;

namespace Briefings.Outputs.Pages.Templates;

/// <summary>
/// Safe HTML kept as UTF-8, as rendered bodies are: written without escaping, like <see cref="RawHtml"/>,
/// and decoded straight into the page being rendered rather than into a string first.
/// </summary>
public sealed class RawUtf8Html(ReadOnlyMemory<byte> utf8)
{
    public ReadOnlyMemory<byte> Utf8 => utf8;

    /// <summary>
    /// Appends the HTML to <paramref name="builder"/>, decoded a piece at a time through a buffer on the stack: a body
    /// is on every page, and a string of each was most of what the pages allocated.
    /// </summary>
    public void AppendTo(StringBuilder builder)
    {
        var bytes = Utf8.Span;
        var decoder = Encoding.UTF8.GetDecoder();
        Span<char> piece = stackalloc char[2048];
        var completed = bytes.IsEmpty;
        while (!completed)
        {
            decoder.Convert(bytes, piece, flush: true, out var used, out var written, out completed);
            builder.Append(piece[..written]);
            bytes = bytes[used..];
        }
    }

    public override string ToString() => Encoding.UTF8.GetString(Utf8.Span);
}
