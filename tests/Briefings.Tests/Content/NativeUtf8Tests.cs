using System.Text;
using Briefings.Content;
using Briefings.Outputs.Pages.Templates;

namespace Briefings.Tests.Content;

/// <summary>
/// Bodies and their HTML live in native chunks that threads fill in turn; every text must read back as it was
/// copied in, whether it shares a chunk, fills one up or needs one of its own.
/// </summary>
public sealed class NativeUtf8Tests
{
    [Fact]
    public void Texts_read_back_as_copied_across_many_chunks()
    {
        // Enough texts of varied sizes to fill several chunks, with a few too large to share one among them.
        var originals = Enumerable.Range(0, 2000)
            .Select(i => string.Concat(Enumerable.Repeat($"Brief {i} · “quoted” — ", 1 + (i % 97) * (i % 7 == 0 ? 60 : 1))))
            .ToList();
        for (var i = 1; i <= 3; i++)
        {
            originals.Insert(i * 500, new string('é', NativeUtf8.OwnChunkAbove / 2 * i + i));
        }

        var copies = originals.Select(text => NativeUtf8.Copy(Encoding.UTF8.GetBytes(text))).ToList();

        // A chunk holds four times the largest text that shares one: these fill at least three.
        Assert.True(originals.Sum(text => Encoding.UTF8.GetByteCount(text)) > 3 * 4 * NativeUtf8.OwnChunkAbove);
        Assert.Contains(originals, text => Encoding.UTF8.GetByteCount(text) > NativeUtf8.OwnChunkAbove);
        for (var i = 0; i < originals.Count; i++)
        {
            Assert.Equal(originals[i], copies[i].Decode());
            Assert.Equal(Encoding.UTF8.GetBytes(originals[i]), copies[i].Memory.ToArray());
        }
    }

    [Fact]
    public void Texts_copied_on_other_threads_read_back_on_this_one()
    {
        var copies = new NativeUtf8[64];
        Parallel.For(0, copies.Length, i => copies[i] = NativeUtf8.Copy(Encoding.UTF8.GetBytes($"body {i} {new string('x', i * 1000)}")));

        for (var i = 0; i < copies.Length; i++)
        {
            Assert.Equal($"body {i} {new string('x', i * 1000)}", copies[i].Decode());
        }
    }

    [Fact]
    public void An_empty_text_needs_no_chunk()
    {
        var empty = NativeUtf8.Copy([]);

        Assert.Equal("", empty.Decode());
        Assert.True(empty.Memory.IsEmpty);
        Assert.Equal("", Body.Empty.Markdown);
    }

    [Fact]
    public void Bodies_compare_and_hash_by_their_bytes_and_first_line()
    {
        var a = new Body("# Title\n\nText with “quotes”.\n", 5);
        var same = new Body("# Title\n\nText with “quotes”.\n", 5);
        var otherLine = new Body("# Title\n\nText with “quotes”.\n", 6);
        var otherText = new Body("# Title\n\nText with 'quotes'.\n", 5);

        Assert.Equal(a, same);
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(a, otherLine);
        Assert.NotEqual(a, otherText);
        Assert.Equal("# Title\n\nText with “quotes”.\n", a.Markdown);
    }

    [Fact]
    public void Html_in_a_reused_buffer_cannot_be_read_once_expired()
    {
        var html = new RawUtf8Html(Encoding.UTF8.GetBytes("<script type=\"application/ld+json\">{}</script>"));
        Assert.Equal("<script type=\"application/ld+json\">{}</script>", html.ToString());

        html.Expire();

        Assert.Throws<InvalidOperationException>(() => html.Utf8);
        Assert.Throws<InvalidOperationException>(html.ToString);
    }
}
