using Microsoft.Playwright;

namespace Briefings.Tests.Browser;

/// <summary>
/// Debian's chromium driven by Playwright. Browser tests skip with a reason on a machine without
/// /usr/bin/chromium, except in CI (CI=true), where .ci/run installs it and a missing browser is a failure.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        Skip.If(!File.Exists(ExecutablePath) && !inCi, $"{ExecutablePath} is not installed (apt-get install chromium); .ci/run installs it");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        return (playwright, browser);
    }
}
