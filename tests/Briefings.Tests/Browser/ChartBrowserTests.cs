using Briefings.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Briefings.Tests.Browser;

/// <summary>The sample's pages with each kind of chart.</summary>
public static class ChartPages
{
    public const string Strip = "commitments/coalition-security-guarantees/index.html";
    public const string Bars = "organizations/uk-government/index.html";
    public const string Distribution = "commitments/index.html";
}

/// <summary>
/// The charts in a real browser: each is an image with a title and a description that its aria-labelledby names, and
/// what it draws (dates, counts, amounts, bar lengths) is what the table beside it says.
/// </summary>
[Trait("Category", "Slow")]
[Collection(BrowserCollection.Name)]
public sealed class ChartBrowserTests(ServedSampleSite site, ITestOutputHelper output) : IClassFixture<ServedSampleSite>
{
    [SkippableTheory]
    [InlineData(ChartPages.Strip, ".chart-strip", 1)]
    [InlineData(ChartPages.Bars, ".chart-bars", 1)]
    [InlineData(ChartPages.Distribution, ".chart-distribution", 1)]
    public async Task A_chart_is_an_image_with_a_title_and_a_description(string path, string chart, int count)
    {
        await WithPage(path, async page =>
        {
            var svgs = await page.Locator($"{chart} svg").AllAsync();
            Assert.Equal(count, svgs.Count);
            foreach (var svg in svgs)
            {
                Assert.Equal("img", await svg.GetAttributeAsync("role"));
                var ids = (await svg.GetAttributeAsync("aria-labelledby"))!.Split(' ');
                Assert.Equal(2, ids.Length);
                Assert.Equal("title", await page.EvalOnSelectorAsync<string>($"[id='{ids[0]}']", "e => e.localName"));
                Assert.Equal("desc", await page.EvalOnSelectorAsync<string>($"[id='{ids[1]}']", "e => e.localName"));
                Assert.NotEmpty((await page.Locator($"[id='{ids[0]}']").TextContentAsync())!.Trim());
                Assert.NotEmpty((await page.Locator($"[id='{ids[1]}']").TextContentAsync())!.Trim());
                // The accessible name the browser gives it is made of the two.
                var name = await svg.EvaluateAsync<string>("e => e.getAttribute('aria-labelledby').split(' ').map(id => document.getElementById(id).textContent).join(' ')");
                output.WriteLine($"{path}: {name}");
                Assert.True(await svg.IsVisibleAsync());
            }
        });
    }

    [SkippableFact]
    public async Task The_strip_has_a_band_per_status_run_dated_as_its_table()
    {
        await WithPage(ChartPages.Strip, async page =>
        {
            var bands = await page.Locator(".chart-strip .chart-band").AllAsync();
            var rows = await page.Locator(".chart-strip table tbody tr").AllAsync();
            Assert.True(bands.Count >= 2);
            Assert.Equal(rows.Count, bands.Count);
            var left = -1d;
            foreach (var (band, row) in bands.Zip(rows))
            {
                Assert.Equal(await row.GetAttributeAsync("data-status"), await band.GetAttributeAsync("data-status"));
                Assert.Equal(Text(await row.Locator("td").First.TextContentAsync()), Text(await band.Locator(".chart-date").TextContentAsync()));
                var x = (await band.Locator(".chart-fill").BoundingBoxAsync())!.X;
                Assert.True(x > left, "bands go left to right in time");
                left = x;
            }
        });
    }

    [SkippableFact]
    public async Task The_distribution_counts_are_the_tables_and_its_bars_are_in_proportion()
    {
        await WithPage(ChartPages.Distribution, async page =>
        {
            var bars = await page.Locator(".chart-distribution g.chart-row").AllAsync();
            var rows = await page.Locator(".chart-distribution table tbody tr").AllAsync();
            Assert.Equal(7, bars.Count);
            Assert.Equal(rows.Count, bars.Count);
            double? perCommitment = null;
            foreach (var (bar, row) in bars.Zip(rows))
            {
                var count = Text(await bar.Locator(".chart-value").TextContentAsync());
                Assert.Equal(Text(await row.Locator("td").TextContentAsync()), count);
                var tile = page.Locator($".status-tiles li.is-{await bar.GetAttributeAsync("data-status")} .count");
                Assert.Equal(Text(await tile.TextContentAsync()), count);
                var n = int.Parse(count, System.Globalization.CultureInfo.InvariantCulture);
                var width = (await bar.Locator(".chart-fill").BoundingBoxAsync())?.Width ?? 0;
                if (n > 0)
                {
                    perCommitment ??= width / n;
                    Assert.InRange(width / n, perCommitment.Value * 0.98, perCommitment.Value * 1.02);
                }
            }
        });
    }

    [SkippableFact]
    public async Task The_bars_amounts_are_the_amounts_tables()
    {
        await WithPage(ChartPages.Bars, async page =>
        {
            var rows = await page.Locator(".chart-bars g.chart-row").AllAsync();
            Assert.NotEmpty(rows);
            foreach (var row in rows)
            {
                var unit = (await row.GetAttributeAsync("data-unit"))!;
                var cells = page.Locator(".figures-table tbody tr").Filter(new LocatorFilterOptions { Has = page.Locator($"th:text-is('{unit}')") }).First.Locator("td");
                // Columns: offered, pledged, delivered, share; the table's amounts end in the unit the chart names once.
                Assert.Equal(Text(await cells.Nth(1).TextContentAsync()), Text(await row.Locator("[data-figure=pledged]").TextContentAsync()) + " " + unit);
                Assert.Equal(Text(await cells.Nth(2).TextContentAsync()), Text(await row.Locator("[data-figure=delivered]").TextContentAsync()) + " " + unit);
            }
        });
    }

    /// <summary>
    /// Every word on a chart is at least the page's small text (12 px) as the browser draws it: its computed size times
    /// the scale the SVG's transform applies, which a viewBox wider than the phone's column made 7 px. The dates under a
    /// strip keep apart, and no text runs out of its chart, on a phone and on a desktop, on screen and in print.
    /// </summary>
    [SkippableTheory]
    [InlineData(ChartPages.Strip, ".chart-strip", 390, "screen")]
    [InlineData(ChartPages.Bars, ".chart-bars", 390, "screen")]
    [InlineData(ChartPages.Distribution, ".chart-distribution", 390, "screen")]
    [InlineData(ChartPages.Strip, ".chart-strip", 1280, "screen")]
    [InlineData(ChartPages.Bars, ".chart-bars", 1280, "screen")]
    [InlineData(ChartPages.Distribution, ".chart-distribution", 1280, "screen")]
    [InlineData(ChartPages.Strip, ".chart-strip", 390, "print")]
    [InlineData(ChartPages.Bars, ".chart-bars", 390, "print")]
    [InlineData(ChartPages.Distribution, ".chart-distribution", 390, "print")]
    public async Task Chart_text_is_legible_and_keeps_apart(string path, string chart, int width, string media)
    {
        await WithPage(path, width, async page =>
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = media == "print" ? Media.Print : Media.Screen });
            var texts = await page.EvaluateAsync<TextBox[]>(
                """
                chart => [...document.querySelector(chart).querySelectorAll('svg text')].map(t => {
                  const svg = t.ownerSVGElement, ctm = t.getScreenCTM(), box = t.getBoundingClientRect(), frame = svg.getBoundingClientRect();
                  return {
                    Cls: t.getAttribute('class'), Text: t.textContent,
                    Px: parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b),
                    Left: box.left - frame.left, Right: box.right - frame.left, Top: box.top, Bottom: box.bottom, Frame: frame.width,
                  };
                })
                """,
                chart);
            Assert.NotEmpty(texts);
            foreach (var t in texts)
            {
                output.WriteLine($"{width} {media} {t.Cls} '{t.Text}': {t.Px:0.0} px, {t.Left:0}–{t.Right:0} of {t.Frame:0}");
                Assert.True(t.Px >= 12, $"'{t.Text}' ({t.Cls}) is drawn at {t.Px:0.0} px at {width} px wide ({media})");
                Assert.True(t.Left >= -0.5 && t.Right <= t.Frame + 0.5, $"'{t.Text}' ({t.Cls}) runs out of its chart at {width} px wide ({media})");
            }

            var dates = texts.Where(t => t.Cls == "chart-date").ToList();
            foreach (var (a, i) in dates.Select((d, i) => (d, i)))
            {
                foreach (var b in dates.Skip(i + 1))
                {
                    var apart = a.Right <= b.Left || b.Right <= a.Left || a.Bottom <= b.Top || b.Bottom <= a.Top;
                    Assert.True(apart, $"the dates '{a.Text}' and '{b.Text}' overlap at {width} px wide ({media})");
                }
            }

            // The sizes a reader gets in either colour scheme are the same; the screenshots show both.
            var folder = Environment.GetEnvironmentVariable("BRIEFINGS_CHART_SHOTS");
            if (!string.IsNullOrEmpty(folder) && media == "screen")
            {
                Directory.CreateDirectory(folder);
                foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
                {
                    await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
                    var name = $"{chart.TrimStart('.')}-{(width < 600 ? "phone" : "desktop")}-{(scheme == ColorScheme.Dark ? "dark" : "light")}.png";
                    await page.Locator(chart).First.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(folder, name) });
                }
            }
        });
    }

    /// <summary>A chart's text as drawn, in CSS pixels, across from the SVG's left edge; Playwright fills it by its properties.</summary>
    private sealed class TextBox
    {
        public string Cls { get; set; } = "";

        public string Text { get; set; } = "";

        public double Px { get; set; }

        public double Left { get; set; }

        public double Right { get; set; }

        public double Top { get; set; }

        public double Bottom { get; set; }

        public double Frame { get; set; }
    }

    private static string Text(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private Task WithPage(string path, Func<IPage, Task> check) => WithPage(path, 1280, check);

    private async Task WithPage(string path, int width, Func<IPage, Task> check)
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
            await page.GotoAsync(site.Server.Url + path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            await check(page);
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }
}
