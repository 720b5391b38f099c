namespace Briefings.Writing.Minifying;

/// <summary>
/// <c>build --minify</c>: minifies each HTML page and stylesheet on its way to <paramref name="inner"/>, on the thread
/// that made it, so the work spreads over the cores as the rendering does. Other files pass through as they are. The
/// minifiers work in place and never lengthen a file, so a pooled page is minified in its own buffer, without a copy.
/// </summary>
public sealed class MinifyingWriter(IOutputWriter inner) : IOutputWriter
{
    public void Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        if (Minifier(relativePath) is null)
        {
            inner.Write(relativePath, bytes);
            return;
        }

        var buffer = OutputBuffers.Pool.Rent(bytes.Length);
        bytes.CopyTo(buffer);
        WritePooled(relativePath, buffer, bytes.Length);
    }

    public void WritePooled(string relativePath, byte[] pooled, int length)
    {
        if (Minifier(relativePath) is { } minify)
        {
            try
            {
                length = minify(pooled.AsSpan(0, length));
            }
            catch
            {
                OutputBuffers.Pool.Return(pooled);
                throw;
            }
        }

        inner.WritePooled(relativePath, pooled, length);
    }

    /// <summary>A page or a stylesheet is minified whole; any other file goes to <paramref name="inner"/> as it is made.</summary>
    public OutputFile Open(string relativePath) => Minifier(relativePath) is null ? inner.Open(relativePath) : new GatheredFile(this, relativePath);

    private delegate int InPlace(Span<byte> bytes);

    private static InPlace? Minifier(string path) =>
        path.EndsWith(".html", StringComparison.Ordinal) ? HtmlMinifier.Minify
        : path.EndsWith(".css", StringComparison.Ordinal) ? CssMinifier.Minify
        : null;
}
