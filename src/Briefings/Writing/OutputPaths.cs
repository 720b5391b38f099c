namespace Briefings.Writing;

/// <summary>The checks every output file passes, whichever writer writes it.</summary>
internal static class OutputPaths
{
    /// <summary>Every path is resolved and must stay inside the folder, whatever a slug or template says.</summary>
    public static string Resolve(string folder, string relativePath)
    {
        if (relativePath.Length == 0 || Path.IsPathRooted(relativePath) || relativePath.Contains('\0'))
        {
            throw new OutputPathException(relativePath);
        }

        var full = Path.GetFullPath(Path.Combine(folder, relativePath));
        if (!full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new OutputPathException(relativePath);
        }

        return full;
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
