using Briefings.Tests.Search;
using Briefings.Tests.Support;
using Microsoft.Playwright;

namespace Briefings.Tests.Browser;

/// <summary>
/// The sample site with its search index rewritten in tiny chunks (a hundred posting chunks, record blocks of three,
/// lists over eight bytes split with heads of four postings),
/// served from a sub-folder and open on its search page with the reference search and index of
/// <see cref="SearchChunksBrowserTests"/> loaded beside the page's own. Started by the first test that needs it, so that
/// a machine without a browser skips rather than fails.
/// </summary>
public sealed class SearchChunksSite : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1);
    private TestSite? _site;
    private StaticServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IPage? Page { get; private set; }

    public int Chunks { get; private set; }

    public async Task StartAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (Page is not null)
            {
                return;
            }

            (_playwright, _browser) = await Chromium.LaunchAsync();
            _site = SampleSite.Copy();
            var built = BuiltSite.From(_site.ConfigPath, _site.OutputPath);
            var graph = built.Result.Graph!;
            var index = SearchIndexFiles.Write(graph, chunkTarget: 64, block: 3, head: 4, splitAbove: 8);
            foreach (var (path, bytes) in index.Files)
            {
                var file = Path.Combine(built.Output, path);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllBytes(file, bytes);
            }

            Chunks = index.Names("t").Count();
            _server = StaticServer.Start(built.Output);
            var page = await _browser.NewPageAsync();
            await page.GotoAsync(_server.Url + "search/index.html");
            await page.WaitForFunctionAsync("() => window.briefingsSearch !== undefined");
            var reference = await File.ReadAllTextAsync(Path.Combine(SampleSite.Root, "tests", "Briefings.Tests", "Search", "ReferenceSearch.js"));
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = reference + "\nwindow.referenceIndex = " + SingleSearchIndex.Of(graph).Json() + ";" });
            Page = page;
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _server?.Dispose();
        _site?.Dispose();
        _gate.Dispose();
    }
}
