using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Briefings.Writing;
using Scriban;
using Scriban.Runtime;

namespace Briefings.Outputs.Pages.Templates;

/// <summary>
/// Where a page renders: UTF-8, as it is written, in a buffer rented from <see cref="OutputBuffers.Pool"/>. The
/// template's own text and the rendered bodies are UTF-8 already and are copied as they are; only values are encoded.
/// Rendering into a StringBuilder and encoding the page afterwards did the work twice over twice the bytes.
/// </summary>
internal sealed class Utf8Output : IScriptOutput
{
    /// <summary>A page's buffer starts at the size of the last one detached, up to this; past it, it grows.</summary>
    private const int MaxStartSize = 1024 * 1024;

    private byte[] _buffer = [];
    private int _length;
    private int _startSize = 16 * 1024;

    /// <summary>The bytes written so far; set lower to drop the last of them.</summary>
    public int Length
    {
        get => _length;
        set => _length = value >= 0 && value <= _length ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    /// <summary>
    /// The context's output where text can be written to it directly, bypassing the context's own writing, which only
    /// indents lines (never, as <see cref="HtmlTemplateContext"/> turns that off) and counts against a limit (none).
    /// </summary>
    public static Utf8Output? Of(TemplateContext context) => context.CurrentIndent is null ? context.Output as Utf8Output : null;

    public void Write(string text, int offset, int count) => Write(text.AsSpan(offset, count));

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public void Write(ReadOnlySpan<char> text)
    {
        while (true)
        {
            // A lone surrogate becomes U+FFFD, as the encoding of a whole page did.
            var status = Utf8.FromUtf16(text, _buffer.AsSpan(_length), out var read, out var written);
            _length += written;
            if (status == OperationStatus.Done)
            {
                return;
            }

            text = text[read..];
            Grow(Math.Max(text.Length, 4));
        }
    }

    public void Write(ReadOnlySpan<byte> utf8)
    {
        if (_buffer.Length - _length < utf8.Length)
        {
            Grow(utf8.Length);
        }

        utf8.CopyTo(_buffer.AsSpan(_length));
        _length += utf8.Length;
    }

    /// <summary>Hands over the buffer, which the writer returns to the pool; the next page starts a buffer of its own.</summary>
    public (byte[] Buffer, int Length) Detach()
    {
        var result = (_buffer, _length);
        _startSize = Math.Min(_length + (_length / 8) + 16, MaxStartSize);
        (_buffer, _length) = ([], 0);
        return result;
    }

    /// <summary>Empties the output for the next use; a huge buffer goes back to the pool rather than stay with the thread.</summary>
    public void Clear()
    {
        _length = 0;
        if (_buffer.Length > MaxStartSize)
        {
            OutputBuffers.Pool.Return(_buffer);
            _buffer = [];
        }
    }

    public override string ToString() => Encoding.UTF8.GetString(Written);

    private void Grow(int more)
    {
        var larger = OutputBuffers.Pool.Rent(Math.Max(Math.Max(_length + more, _buffer.Length * 2), _startSize));
        Written.CopyTo(larger);
        if (_buffer.Length > 0)
        {
            OutputBuffers.Pool.Return(_buffer);
        }

        _buffer = larger;
    }
}
