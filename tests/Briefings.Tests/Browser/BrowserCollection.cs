namespace Briefings.Tests.Browser;

/// <summary>
/// The browser tests run alone, after the others. On a two-core machine, with builds running in the tests beside
/// them, a search result's click once went without its navigation for Playwright's whole 30 s timeout (a clean-clone
/// .ci/run, 2026-11-27); on its own it passed 4 runs of 4.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
