using Microsoft.Win32.SafeHandles;

namespace Briefings.Markdown;

/// <summary>
/// Where the briefs' HTML waits for its readers in a build that lets it go once read (<see cref="RenderedBody.ReleaseAfter"/>):
/// in memory up to <see cref="Budget"/> bytes, and beyond it in a temporary file, read back by each reader. Every
/// brief's HTML is made before the first page, so on 100,000 briefs it was ~570 MB of the heap at the start of the
/// pages, and with what the collector kept beside it, the largest part of the peak (bench/README.md, "Rendered bodies
/// let go once read"). The file is made only once the budget is spent, and has no name from the moment it is made, so
/// nothing is left of it however the process ends.
/// </summary>
public sealed class HtmlSpill(long budget) : IDisposable
{
    /// <summary>
    /// What a site of 10,000 briefs holds in all (~57 MB), with room to spare: below it, reading the HTML back cost the
    /// 10,000-brief build ~2 % of its time (8 alternating pairs), which it does not have to give.
    /// </summary>
    public const long DefaultBudget = 96L * 1024 * 1024;

    private readonly Lock _opening = new();
    private long _kept;
    private long _end;
    private long _written;
    private SafeFileHandle? _file;
    private volatile bool _unusable;

    public long Budget { get; } = budget;

    /// <summary>Bytes of HTML written to the file: none while the site's HTML fits the budget.</summary>
    public long Spilled => Interlocked.Read(ref _written);

    /// <summary>
    /// Where <paramref name="html"/> waits: in memory (null) while the budget lasts, else the offset in the file it was
    /// written at. Also null where no temporary file can be made: the HTML then stays in memory, as it did before.
    /// </summary>
    public long? Place(ReadOnlySpan<byte> html)
    {
        if (Interlocked.Add(ref _kept, html.Length) <= Budget || File() is not { } file)
        {
            return null;
        }

        var offset = Interlocked.Add(ref _end, html.Length) - html.Length;
        try
        {
            RandomAccess.Write(file, html, offset);
            Interlocked.Add(ref _written, html.Length);
            return offset;
        }
        catch (IOException)
        {
            // A full disk: this HTML and what comes after stay in memory; what the file holds is still read from it.
            _unusable = true;
            return null;
        }
    }

    /// <summary>The HTML written at <paramref name="offset"/>, read anew for each reader.</summary>
    public byte[] Read(long offset, int length)
    {
        var html = new byte[length];
        if (!Writing.FileRanges.TryRead(_file!, html, offset))
        {
            throw new IOException("The temporary file of the briefs' HTML ended early.");
        }

        return html;
    }

    public void Dispose() => _file?.Dispose();

    private SafeFileHandle? File()
    {
        if (_unusable)
        {
            return null;
        }

        if (_file is not null)
        {
            return _file;
        }

        lock (_opening)
        {
            if (_file is null && !_unusable)
            {
                try
                {
                    _file = Open();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    _unusable = true;
                }
            }

            return _file;
        }
    }

    /// <summary>
    /// A new file of its own in the system's temporary folder, unlinked at once where the system allows (the handle
    /// keeps it), and deleted on close elsewhere. Made with CreateNew, it is never a file the tool did not make.
    /// </summary>
    private static SafeFileHandle Open()
    {
        var path = Path.Combine(Path.GetTempPath(), $"briefings-{Guid.NewGuid():N}.html");
        var options = OperatingSystem.IsWindows() ? FileOptions.DeleteOnClose : FileOptions.None;
        var file = System.IO.File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, options);
        if (!OperatingSystem.IsWindows())
        {
            System.IO.File.Delete(path);
        }

        return file;
    }
}
