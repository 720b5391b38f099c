using System.Text;
using Briefings.Writing;

namespace Briefings.Tests.Rendering;

/// <summary>A page is encoded to UTF-8 from the builder's chunks, into a buffer sized for ASCII and, when that overflows, counted.</summary>
public sealed class PageRendererTests
{
    [Theory]
    [InlineData("😀é x", true)]
    [InlineData("x😀", true)]
    [InlineData("a\uD83D", false)]
    [InlineData("\uDE00b\uD83Dc", false)]
    public void Text_whose_chunks_split_surrogate_pairs_encodes_as_the_whole_text_does(string piece, bool pairs)
    {
        // Appended char by char to a builder that starts tiny, the text is spread over many chunks, and
        // some of them end between the two halves of a pair.
        var builder = new StringBuilder(1);
        foreach (var c in string.Concat(Enumerable.Repeat(piece, 2_000)))
        {
            builder.Append(c);
        }

        var splits = 0;
        foreach (var chunk in builder.GetChunks())
        {
            splits += chunk.Length > 0 && char.IsHighSurrogate(chunk.Span[^1]) ? 1 : 0;
        }

        // Lone surrogates (the last two cases) come out as replacement characters, as in the whole text.
        Assert.True(!pairs || splits > 0, "no chunk ends inside a pair");

        var (buffer, length) = OutputBuffers.Encode(builder);

        Assert.Equal(Encoding.UTF8.GetBytes(builder.ToString()), buffer.AsSpan(0, length).ToArray());
    }

    [Theory]
    [InlineData("é")]
    [InlineData("😀")]
    [InlineData("日本")]
    [InlineData("a\uD83D")]
    public void Text_too_wide_for_a_buffer_sized_for_ascii_encodes_as_the_whole_text_does(string piece)
    {
        // Two, three and four bytes a character overflow the first buffer at every length, and the page is
        // encoded again into one sized by counting; ASCII around the text moves where the overflow falls.
        for (var length = 1; length < 600; length += 7)
        {
            var builder = new StringBuilder(16);
            for (var i = 0; i < length; i++)
            {
                builder.Append(i % 3 == 0 ? "x" : piece);
            }

            var (buffer, written) = OutputBuffers.Encode(builder);

            Assert.Equal(Encoding.UTF8.GetBytes(builder.ToString()), buffer.AsSpan(0, written).ToArray());
        }
    }
}
