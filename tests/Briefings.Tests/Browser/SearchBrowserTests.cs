using Briefings.Tests.Support;
using Microsoft.Playwright;

namespace Briefings.Tests.Browser;

/// <summary>The search page of the built sample site in a real browser, served from a sub-folder.</summary>
[Trait("Category", "Slow")]
[Collection(BrowserCollection.Name)]
public sealed class SearchBrowserTests
{
    [SkippableFact]
    public async Task Search_finds_a_person_by_a_variant_spelling_and_a_brief_by_a_quote_fragment()
    {
        using var server = StaticServer.Start(SampleSite.Built.Output);
        var (playwright, browser) = await Chromium.LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync();
            var problems = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    problems.Add(message.Text);
                }
            };
            page.PageError += (_, error) => problems.Add(error);

            await page.GotoAsync(server.Url + "search/index.html");
            await page.Locator("#search-query").PressSequentiallyAsync("zelensky");
            var person = page.Locator("#search-results a[href$='people/volodymyr-zelenskyy/index.html']");
            await person.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
            await person.ClickAsync();
            await page.WaitForURLAsync(server.Url + "people/volodymyr-zelenskyy/index.html");
            Assert.Equal("Volodymyr Zelenskyy", (await page.Locator("h1").TextContentAsync())?.Trim());

            await page.GotoAsync(server.Url + "search/index.html");
            await page.Locator("#search-query").FillAsync("fundamental European sovereignty");
            var brief = page.Locator("#search-results a[href*='briefs/mi6-chief-putin-dragging-out-negotiations/index.html#quote-']").First;
            await brief.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
            await brief.ClickAsync();
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("briefs/mi6-chief-putin-dragging-out-negotiations/index.html#quote-\\d+$"));
            var fragment = new Uri(page.Url).Fragment[1..];
            Assert.Contains("fundamental not just to European sovereignty", await page.Locator($"[id='{fragment}']").TextContentAsync());

            Assert.Empty(problems);
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }

    [SkippableFact]
    public async Task Search_is_usable_by_keyboard()
    {
        using var server = StaticServer.Start(SampleSite.Built.Output);
        var (playwright, browser) = await Chromium.LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync(server.Url + "search/index.html?q=starmer");
            await page.Locator("#search-results a").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
            await page.Locator("#search-query").FocusAsync();
            await page.Keyboard.PressAsync("ArrowDown");
            var focused = await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')");
            Assert.Equal(await page.Locator("#search-results a").First.GetAttributeAsync("href"), focused);
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/x/briefings/.+/index.html"));
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }
}
