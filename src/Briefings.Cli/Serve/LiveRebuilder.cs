using System.Diagnostics;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Incremental;

namespace Briefings.Cli.Serve;

/// <summary>
/// What serve does with a batch of changed files: rebuild, say what happened, and tell open pages.
/// A failed rebuild leaves the last good site being served and puts its diagnostics in the browser.
/// Errors are printed after every rebuild; a warning only when it is new, as the ones already printed stand unless
/// fixed: printing them all again after each save buried the edit's own in 19,000 lines on a 100,000-brief site.
/// </summary>
internal sealed class LiveRebuilder(SiteSession session, SiteSource source, LiveReload reload, Reporter reporter, BasePath basePath,
    IReadOnlyList<Diagnostic> printed)
{
    private HashSet<Diagnostic> _printed = [.. printed];

    public void Rebuild(IReadOnlyCollection<string> changed)
    {
        var hadSite = session.LastGood is not null;
        var clock = Stopwatch.StartNew();
        BuildResult result;
        try
        {
            result = session.Rebuild(changed);
        }
        catch (Exception e)
        {
            // Whatever went wrong, the server must survive it and keep the last good site up.
            var line = $"error: the rebuild failed unexpectedly: {e.GetType().Name}: {e.Message}";
            reporter.Error(line);
            reload.Errors([line]);
            return;
        }

        var what = Describe(changed);
        Report(result.Diagnostics);
        if (!result.Succeeded)
        {
            reporter.Error($"{Now} {what}: rebuild failed ({Reporter.Count(result.Diagnostics)}); still serving the last good site");
            reload.Errors(result.Diagnostics.Select(d => d.ToString()).ToList());
            return;
        }

        reporter.Info($"{Now} {what}: rebuilt in {clock.ElapsedMilliseconds} ms, {result.ChangedFiles.Count} file{(result.ChangedFiles.Count == 1 ? "" : "s")} changed");
        foreach (var stage in result.Timings.Stages)
        {
            reporter.Stage(stage);
        }

        if (!hadSite)
        {
            reload.Reload(null);
        }
        else
        {
            reload.Reload(result.ChangedFiles.Select(UrlPath).ToList());
        }
    }

    private void Report(IReadOnlyList<Diagnostic> diagnostics)
    {
        reporter.Diagnostics([.. diagnostics.Where(d => d.IsError || !_printed.Contains(d))]);
        var standing = diagnostics.Count(d => !d.IsError && _printed.Contains(d));
        if (standing > 0)
        {
            reporter.Error($"{standing} earlier warning{(standing == 1 ? "" : "s")} not repeated ('briefings check' lists them all)");
        }

        _printed = [.. diagnostics];
    }

    /// <summary>The decoded URL path a page is served at, as the reload script compares it with location.pathname.</summary>
    public string UrlPath(string outputFile)
    {
        var path = outputFile.Replace('\\', '/');
        if (path == "index.html" || path.EndsWith("/index.html", StringComparison.Ordinal))
        {
            path = path[..^"index.html".Length];
        }

        return basePath.Value + path;
    }

    private static string Now => DateTime.Now.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    private string Describe(IReadOnlyCollection<string> changed)
    {
        var names = changed.Select(source.Relative).Order(StringComparer.Ordinal).ToList();
        return names.Count <= 3 ? string.Join(", ", names) : $"{string.Join(", ", names.Take(3))} and {names.Count - 3} more";
    }
}
