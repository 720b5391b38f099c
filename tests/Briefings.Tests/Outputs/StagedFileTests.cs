using Briefings.Tests.Hardening;
using Briefings.Tests.Support;
using Briefings.Writing;

namespace Briefings.Tests.Outputs;

/// <summary>
/// A file the site writer takes a piece at a time (a data file of many megabytes) must come out as the same bytes
/// written whole would, and, like a page, be linked from the previous site when unchanged, so its modification time stays.
/// </summary>
public sealed class StagedFileTests
{
    private static readonly byte[] Large = Enumerable.Range(0, (3 * 1024 * 1024) + 12345).Select(i => (byte)(i * 7 % 251)).ToArray();

    [Fact]
    public void A_file_written_in_pieces_has_the_bytes_of_one_written_whole()
    {
        using var site = TestSite.Create("");
        var output = Path.Combine(site.Root, "_site");
        Build(output, Large, [1, 100, 70000, 2 * 1024 * 1024, 5]);
        Assert.Equal(Large, File.ReadAllBytes(Path.Combine(output, "api", "data.json")));
        Assert.Equal("whole", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void An_unchanged_file_is_the_previous_one_and_a_changed_one_is_new()
    {
        using var site = TestSite.Create("");
        var output = Path.Combine(site.Root, "_site");
        var data = Path.Combine(output, "api", "data.json");
        Assert.Equal((2, 0), Build(output, Large, [4096]));
        var first = new FileInfo(data).LastWriteTimeUtc;
        File.SetLastWriteTimeUtc(data, first.AddDays(-1));

        var same = Build(output, Large, [1000, 3000000]);
        Assert.Equal((0, 2), (same.Written, same.Unchanged));
        Assert.Equal(first.AddDays(-1), new FileInfo(data).LastWriteTimeUtc);

        // The same bytes and one more, one fewer, or one different at the end: each is a new file.
        byte[][] others = [[.. Large, 1], Large[..^1], [.. Large[..^1], (byte)(Large[^1] + 1)]];
        foreach (var other in others)
        {
            var changed = Build(output, other, [65536]);
            Assert.Equal((1, 1), (changed.Written, changed.Unchanged));
            Assert.Equal(other, File.ReadAllBytes(data));
            Assert.NotEqual(first.AddDays(-1), new FileInfo(data).LastWriteTimeUtc);
            File.SetLastWriteTimeUtc(data, first.AddDays(-1));
        }
    }

    [Fact]
    public void A_file_left_incomplete_leaves_nothing_and_the_previous_site_as_it_was()
    {
        using var site = TestSite.Create("");
        var output = Path.Combine(site.Root, "_site");
        Build(output, Large, [4096]);
        var (before, outside) = (FolderState.Exact(output), FolderState.Outside(site.Root, output));
        using (var writer = new SiteWriter(output))
        {
            using var file = writer.Open("api/data.json");
            Large.AsSpan(0, 2 * 1024 * 1024).CopyTo(file.GetSpan(2 * 1024 * 1024));
            file.Advance(2 * 1024 * 1024);
            _ = file.GetSpan(1);
        }

        Assert.Equal(before, FolderState.Exact(output));
        Assert.Equal(outside, FolderState.Outside(site.Root, output));
    }

    /// <summary>One build: a page written whole, and <paramref name="bytes"/> handed over in pieces of the given sizes, in turn.</summary>
    private static (int Written, int Unchanged) Build(string output, byte[] bytes, int[] pieces)
    {
        using var writer = new SiteWriter(output);
        writer.Write("index.html", "whole"u8);
        using var queue = new QueuedWriter(writer);
        using (var file = queue.Open("api/data.json"))
        {
            for (var (at, i) = (0, 0); at < bytes.Length; i++)
            {
                var size = Math.Min(pieces[i % pieces.Length], bytes.Length - at);
                bytes.AsSpan(at, size).CopyTo(file.GetSpan(size));
                file.Advance(size);
                at += size;
            }

            file.Complete();
        }

        queue.Complete();
        writer.Commit();
        return (writer.Written, writer.Unchanged);
    }
}
