namespace Briefings.Writing;

/// <summary>The checks every output file passes, whichever writer writes it.</summary>
internal static class OutputPaths
{
    /// <summary>
    /// Every path is resolved and must stay inside the folder, whatever a slug or template says: the full path, and the
    /// part of it below the folder, '/'-separated, which is the file's name in the site.
    /// </summary>
    public static (string Full, string Relative) Resolve(string folder, string relativePath)
    {
        if (relativePath.Length == 0 || Path.IsPathRooted(relativePath) || relativePath.Contains('\0'))
        {
            throw new OutputPathException(relativePath);
        }

        var full = Path.GetFullPath(Path.Combine(folder, relativePath));
        // Below the folder: the folder's path, a separator, then a name.
        if (full.Length <= folder.Length + 1 || full[folder.Length] != Path.DirectorySeparatorChar || !full.StartsWith(folder, StringComparison.Ordinal))
        {
            throw new OutputPathException(relativePath);
        }

        var relative = full[(folder.Length + 1)..];
        return (full, Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(Path.DirectorySeparatorChar, '/'));
    }

    public static bool SameBytes(string path, ReadOnlySpan<byte> bytes)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length != bytes.Length || info.LinkTarget is not null)
            {
                return false;
            }

            return File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
        }
        catch (IOException)
        {
            return false;
        }
    }
}
