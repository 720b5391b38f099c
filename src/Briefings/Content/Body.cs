using System.Text;

namespace Briefings.Content;

/// <summary>
/// The Markdown after the front-matter, and the file line it starts on, so spans in it map back to the file. It is
/// kept as the file's UTF-8 bytes, half the size of a string, and decoded only where it is rendered: every body held
/// as a string from the load to the end of a build was a large share of what the collector had to keep and move
/// (bench/README.md, "Bodies as UTF-8"). A file's body keeps them outside the collected heap (<see cref="BodyBlock"/>).
/// A full build lets go of it once rendered (<see cref="Release"/>).
/// </summary>
public sealed class Body : IEquatable<Body>
{
    public static readonly Body Empty = new("", 1);

    /// <summary>The bytes, when they are not in a block: made from a string, empty, or too large for one.</summary>
    private byte[]? _array;

    /// <summary>Where a file's body keeps its bytes, from <see cref="_offset"/> for <see cref="_length"/>; given back on release.</summary>
    private BodyBlock? _block;

    private readonly int _offset;

    private readonly int _length;

    private int _released;

    public Body(string markdown, int firstLine)
    {
        _array = Encoding.UTF8.GetBytes(markdown);
        FirstLine = firstLine;
    }

    private Body(ReadOnlySpan<byte> utf8, int firstLine)
    {
        _block = BodyBlock.Add(utf8, out _offset);
        _length = utf8.Length;
        _array = _block is null ? utf8.ToArray() : null;
        FirstLine = firstLine;
    }

    /// <summary>A body from bytes already checked to be UTF-8, as <see cref="TextFileReader.ReadUtf8"/> checks them; copied.</summary>
    internal static Body FromUtf8(ReadOnlySpan<byte> utf8, int firstLine) => new(utf8, firstLine);

    public int FirstLine { get; }

    /// <summary>The block the bytes are in, if they are in one, for tests.</summary>
    internal BodyBlock? Block => _block;

    /// <summary>The Markdown, decoded anew on every read: read it once per use.</summary>
    public string Markdown
    {
        get
        {
            var markdown = Encoding.UTF8.GetString(Utf8);
            GC.KeepAlive(_block);
            return markdown;
        }
    }

    private ReadOnlySpan<byte> Utf8 => _released != 0
        ? throw new InvalidOperationException("the body's Markdown was released once rendered")
        : Bytes;

    /// <summary>The bytes as they are, empty once released; a caller reading them keeps <see cref="_block"/> alive until done.</summary>
    private ReadOnlySpan<byte> Bytes => _block is { } block ? block.Bytes(_offset, _length) : _array;

    /// <summary>
    /// Lets go of the Markdown, which a build that renders every body once no longer needs: held to the end of the
    /// build, the bodies of 100,000 briefs were 509 MB of the heap while the pages rendered. Only a full build calls
    /// it, as serve keeps the bodies to compare with the next edit (bench/README.md, "Bodies released once rendered").
    /// </summary>
    internal void Release()
    {
        if (!ReferenceEquals(this, Empty) && Interlocked.Exchange(ref _released, 1) == 0)
        {
            _array = null;
            var block = _block;
            _block = null;
            block?.Release();
        }
    }

    /// <summary>Where <paramref name="text"/> first stands in the file, or null when the body does not hold it.</summary>
    public Diagnostics.TextPosition? Find(ReadOnlySpan<byte> text)
    {
        var utf8 = Bytes;
        var at = utf8.IndexOf(text);
        Diagnostics.TextPosition? found = null;
        if (at >= 0)
        {
            var before = utf8[..at];
            var lineStart = before.LastIndexOf((byte)'\n') + 1;
            found = new Diagnostics.TextPosition(FirstLine + before.Count((byte)'\n'), Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
        }

        GC.KeepAlive(_block);
        return found;
    }

    public bool Equals(Body? other)
    {
        var equal = other is not null && FirstLine == other.FirstLine && Utf8.SequenceEqual(other.Utf8);
        GC.KeepAlive(_block);
        GC.KeepAlive(other?._block);
        return equal;
    }

    public override bool Equals(object? obj) => Equals(obj as Body);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(FirstLine);
        hash.AddBytes(Utf8);
        GC.KeepAlive(_block);
        return hash.ToHashCode();
    }
}
