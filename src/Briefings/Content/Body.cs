using System.Text;

namespace Briefings.Content;

/// <summary>
/// The Markdown after the front-matter, and the file line it starts on, so spans in it map back to the file. It is
/// kept as the file's UTF-8 bytes, half the size of a string, and decoded only where it is rendered: every body held
/// as a string from the load to the end of a build was a large share of what the collector had to keep and move
/// (bench/README.md, "Bodies as UTF-8"). A full build lets go of it once rendered (<see cref="Release"/>).
/// </summary>
public sealed class Body : IEquatable<Body>
{
    public static readonly Body Empty = new("", 1);

    private byte[]? _utf8;

    public Body(string markdown, int firstLine)
        : this(Encoding.UTF8.GetBytes(markdown), firstLine)
    {
    }

    private Body(byte[] utf8, int firstLine)
    {
        _utf8 = utf8;
        FirstLine = firstLine;
    }

    /// <summary>A body from bytes already checked to be UTF-8, as <see cref="TextFileReader.ReadUtf8"/> checks them; copied.</summary>
    internal static Body FromUtf8(ReadOnlySpan<byte> utf8, int firstLine) => new(utf8.ToArray(), firstLine);

    public int FirstLine { get; }

    /// <summary>The Markdown, decoded anew on every read: read it once per use.</summary>
    public string Markdown => Encoding.UTF8.GetString(Utf8);

    private byte[] Utf8 => _utf8 ?? throw new InvalidOperationException("the body's Markdown was released once rendered");

    /// <summary>
    /// Lets go of the Markdown, which a build that renders every body once no longer needs: held to the end of the
    /// build, the bodies of 100,000 briefs were 509 MB of the heap while the pages rendered. Only a full build calls
    /// it, as serve keeps the bodies to compare with the next edit (bench/README.md, "Bodies released once rendered").
    /// </summary>
    internal void Release()
    {
        if (!ReferenceEquals(this, Empty))
        {
            _utf8 = null;
        }
    }

    /// <summary>Where <paramref name="text"/> first stands in the file, or null when the body does not hold it.</summary>
    public Diagnostics.TextPosition? Find(ReadOnlySpan<byte> text)
    {
        var at = _utf8.AsSpan().IndexOf(text);
        if (at < 0)
        {
            return null;
        }

        var before = _utf8.AsSpan(0, at);
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return new Diagnostics.TextPosition(FirstLine + before.Count((byte)'\n'), Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }

    public bool Equals(Body? other) =>
        other is not null && FirstLine == other.FirstLine && Utf8.AsSpan().SequenceEqual(other.Utf8);

    public override bool Equals(object? obj) => Equals(obj as Body);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(FirstLine);
        hash.AddBytes(Utf8);
        return hash.ToHashCode();
    }
}
