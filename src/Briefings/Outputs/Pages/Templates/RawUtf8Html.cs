using System.Text;

namespace Briefings.Outputs.Pages.Templates;

/// <summary>
/// Safe HTML kept as UTF-8, as rendered bodies are: written without escaping, like <see cref="RawHtml"/>,
/// and decoded straight into the page being rendered rather than into a string first.
/// </summary>
public sealed class RawUtf8Html(ReadOnlyMemory<byte> utf8)
{
    private bool _expired;

    public ReadOnlyMemory<byte> Utf8 => _expired
        ? throw new InvalidOperationException("This HTML was kept in a buffer that has since been reused; it must be written before the next is made.")
        : utf8;

    /// <summary>Marks the HTML as gone, for bytes in a buffer about to be reused, so a late read fails rather than shows other bytes.</summary>
    internal void Expire() => _expired = true;

    /// <summary>Appends the HTML to <paramref name="builder"/> through a buffer the thread reuses.</summary>
    public void AppendTo(StringBuilder builder)
    {
        var bytes = Utf8.Span;
        var most = Encoding.UTF8.GetMaxCharCount(bytes.Length);
        var chars = t_chars is { } reused && reused.Length >= most ? reused : new char[Math.Max(most, 16 * 1024)];
        var length = Encoding.UTF8.GetChars(bytes, chars);
        builder.Append(chars, 0, length);
        // A huge body should not pin its memory for the rest of the build.
        t_chars = chars.Length <= 1024 * 1024 ? chars : null;
    }

    [ThreadStatic]
    private static char[]? t_chars;

    public override string ToString() => Encoding.UTF8.GetString(Utf8.Span);
}
