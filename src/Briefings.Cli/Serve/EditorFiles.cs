namespace Briefings.Cli.Serve;

/// <summary>
/// Files editors create beside the one being saved (backups, swap files, vim's write test "4913", the file
/// <c>sed -i</c> writes before it renames it over the one it edits):
/// a change to one of them is no change to the site, and rebuilding for it would only flicker pages.
/// </summary>
internal static class EditorFiles
{
    public static bool IsScratch(string path)
    {
        var name = Path.GetFileName(path);
        if (name.Length == 0)
        {
            return false;
        }

        return name.EndsWith('~')
            || name.StartsWith(".#", StringComparison.Ordinal)
            || (name.StartsWith('#') && name.EndsWith('#'))
            || (name.StartsWith('.') && (name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal) || name.EndsWith(".swo", StringComparison.Ordinal)))
            || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
            || name is ".DS_Store" or "Thumbs.db"
            || name.EndsWith("___jb_tmp___", StringComparison.Ordinal)
            || name.EndsWith("___jb_old___", StringComparison.Ordinal)
            || name == "4913"
            || (name.Length == 9 && name.StartsWith("sed", StringComparison.Ordinal) && name[3..].All(char.IsAsciiLetterOrDigit));
    }
}
