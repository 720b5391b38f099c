namespace Briefings.Writing;

/// <summary>Where the files of a build go: a staging folder swapped in at the end, or, in serve, the live folder.</summary>
public interface IOutputWriter
{
    /// <summary>Writes one file of the site, by its path relative to the site root. Safe to call from many threads.</summary>
    void Write(string relativePath, ReadOnlySpan<byte> bytes);

    /// <summary>
    /// Writes the first <paramref name="length"/> bytes of <paramref name="pooled"/>, a buffer rented from
    /// <see cref="OutputBuffers.Pool"/>, and returns it to the pool once written: a writer that writes later
    /// can keep the buffer instead of copying every page.
    /// </summary>
    void WritePooled(string relativePath, byte[] pooled, int length)
    {
        try
        {
            Write(relativePath, pooled.AsSpan(0, length));
        }
        finally
        {
            OutputBuffers.Pool.Return(pooled);
        }
    }

    /// <summary>
    /// Opens a file to write as it is made (<see cref="OutputFile"/>). A writer that can put pieces of a file where
    /// they go as they come does; this default gathers the file and writes it whole once complete.
    /// </summary>
    OutputFile Open(string relativePath) => new GatheredFile(this, relativePath);
}
