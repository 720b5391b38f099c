namespace Briefings.Output;

/// <summary>Where the files of a build go: a staging folder swapped in at the end, or, in serve, the live folder.</summary>
public interface IOutputWriter
{
    /// <summary>Writes one file of the site, by its path relative to the site root. Safe to call from many threads.</summary>
    void Write(string relativePath, ReadOnlySpan<byte> bytes);
}
