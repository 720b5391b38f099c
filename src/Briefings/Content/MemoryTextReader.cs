namespace Briefings.Content;

/// <summary>
/// A <see cref="TextReader"/> over characters already in memory, so YamlDotNet can read the front-matter
/// straight from the buffer it was decoded into instead of from a string copied out for it.
/// </summary>
internal sealed class MemoryTextReader(ReadOnlyMemory<char> text) : TextReader
{
    private int _position;

    public override int Peek() => _position < text.Length ? text.Span[_position] : -1;

    public override int Read() => _position < text.Length ? text.Span[_position++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var count = Math.Min(buffer.Length, text.Length - _position);
        text.Span.Slice(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }
}
