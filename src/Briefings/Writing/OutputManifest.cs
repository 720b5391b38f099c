namespace Briefings.Writing;

/// <summary>
/// The files of a live output folder that the tool wrote, as its marker lists them, kept up to date as
/// serve writes pages in place and deletes them: what it may overwrite or delete, and nothing else.
/// </summary>
public sealed class OutputManifest
{
    private readonly object _gate = new();
    private readonly HashSet<string> _files;
    private bool _changed;

    private OutputManifest(string folder, HashSet<string> files)
    {
        Folder = folder;
        _files = files;
    }

    public string Folder { get; }

    /// <summary>The manifest of a folder a build has just written, with the files it wrote.</summary>
    internal static OutputManifest Of(string folder, IEnumerable<string> files) => new(folder, new HashSet<string>(files, StringComparer.Ordinal));

    public bool Contains(string relativePath)
    {
        lock (_gate)
        {
            return _files.Contains(relativePath);
        }
    }

    public void Add(string relativePath)
    {
        lock (_gate)
        {
            _changed |= _files.Add(relativePath);
        }
    }

    public void Remove(string relativePath)
    {
        lock (_gate)
        {
            _changed |= _files.Remove(relativePath);
        }
    }

    /// <summary>The files listed under a folder of the site (<c>search/</c>), at this moment.</summary>
    public IReadOnlyList<string> Under(string folder)
    {
        lock (_gate)
        {
            return _files.Where(f => f.StartsWith(folder, StringComparison.Ordinal)).ToList();
        }
    }

    /// <summary>Rewrites the folder's marker when files were added or removed since it was last written.</summary>
    public void Save()
    {
        lock (_gate)
        {
            if (_changed)
            {
                OutputOwnership.WriteMarker(Folder, _files);
                _changed = false;
            }
        }
    }
}
