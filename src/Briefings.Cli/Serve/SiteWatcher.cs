using Briefings.Content;

namespace Briefings.Cli.Serve;

/// <summary>
/// Watches what a build reads: content/, templates/, static/ and i18n/ (recursively) and the config file. The site
/// folder itself is watched only one level deep, for the config and for those folders appearing or being
/// replaced, so an output folder, .git or node_modules beside them costs nothing.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    private readonly SiteSource _source;
    private readonly Action<string> _changed;
    private readonly FileSystemWatcher _root;
    private readonly Dictionary<string, FileSystemWatcher> _folders = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    public SiteWatcher(SiteSource source, Action<string> changed)
    {
        _source = source;
        _changed = changed;
        _root = Watch(source.Root, recursive: false, OnRootEvent);
        WatchFolder(source.ContentDirectory);
        WatchFolder(source.TemplatesDirectory);
        WatchFolder(source.StaticDirectory);
        WatchFolder(Languages);
    }

    /// <summary>The site's own interface strings (i18n/&lt;language&gt;.yml): an edit to one rebuilds the whole site, as the config's does.</summary>
    private string Languages => Path.Combine(_source.Root, Content.Languages.LanguageFiles.Folder);

    public void Dispose()
    {
        lock (_gate)
        {
            _root.Dispose();
            foreach (var watcher in _folders.Values)
            {
                watcher.Dispose();
            }

            _folders.Clear();
        }
    }

    private void OnRootEvent(string path)
    {
        if (path == _source.ConfigPath)
        {
            _changed(path);
        }
        else if (path == _source.ContentDirectory || path == _source.TemplatesDirectory || path == _source.StaticDirectory || path == Languages)
        {
            // The folder was created, deleted or swapped for another: what is inside it now is all new.
            WatchFolder(path);
            _changed(path);
        }
    }

    private void OnFolderEvent(string path)
    {
        if (!EditorFiles.IsScratch(path))
        {
            _changed(path);
        }
    }

    private void WatchFolder(string folder)
    {
        lock (_gate)
        {
            if (_folders.Remove(folder, out var old))
            {
                old.Dispose();
            }

            if (Directory.Exists(folder))
            {
                _folders[folder] = Watch(folder, recursive: true, OnFolderEvent);
            }
        }
    }

    private FileSystemWatcher Watch(string folder, bool recursive, Action<string> onEvent)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = recursive,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            // Large enough for a checkout touching thousands of files.
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += (_, e) => onEvent(e.FullPath);
        watcher.Created += (_, e) => onEvent(e.FullPath);
        watcher.Deleted += (_, e) => onEvent(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            onEvent(e.OldFullPath);
            onEvent(e.FullPath);
        };
        // Events were lost (the buffer overflowed): say everything watched may have changed.
        watcher.Error += (_, _) =>
        {
            _changed(_source.ConfigPath);
            _changed(_source.ContentDirectory);
            _changed(_source.TemplatesDirectory);
            _changed(_source.StaticDirectory);
        };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
