using Briefings.Diagnostics;
using Briefings.Tests.Support;
using NetVips;

namespace Briefings.Tests.Outputs;

/// <summary>Issue 24: images in front-matter and bodies, published in every configured width and as WebP, made once.</summary>
public sealed class ImageTests
{
    private const string Brief = "content/briefs/2025-12-15-tram.md";

    private static string Site(string frontMatter, string body = "Text.") => $$"""
        -- site.config.yml --
        title: "Test Briefing"
        base_url: "https://example.org/test/"
        images: { widths: [1600, 480, 960] }
        -- content/people/ana.md --
        ---
        name: Ana
        image: { src: ana.png, alt: "Ana, smiling" }
        ---
        -- {{Brief}} --
        ---
        title: Tram
        date: 2025-12-15
        {{frontMatter}}
        ---
        {{body}}
        """;

    private static void Jpeg(TestSite site, string path, int width, int height)
    {
        var full = Path.Combine(site.Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using var black = Image.Black(width, height, bands: 3);
        using var image = (black + new double[] { 40, 90, 160 }).Cast(Enums.BandFormat.Uchar);
        image.Jpegsave(full, q: 70);
    }

    private static void Png(TestSite site, string path, int width, int height)
    {
        using var black = Image.Black(width, height, bands: 4);
        using var image = (black + new double[] { 200, 60, 60, 255 }).Cast(Enums.BandFormat.Uchar);
        site.WriteBytes(path, image.PngsaveBuffer());
    }

    [Fact]
    public void A_large_jpeg_becomes_every_width_with_srcset_and_size_and_is_made_only_once()
    {
        using var site = TestSite.Create(Site("image: { src: tram.jpg, alt: A tram in the snow, caption: Line 4 at dawn, credit: Ana Example }"));
        Jpeg(site, "content/briefs/tram.jpg", 4000, 3000);
        Png(site, "static/ana.png", 300, 400);

        var first = BuiltSite.From(site.ConfigPath, site.OutputPath);
        // Three widths of the tram and one of the smaller portrait, each as JPEG or PNG and as WebP.
        Assert.Equal(8, first.Result.ImagesMade);
        var page = first.Parse("briefs/tram/index.html");
        var img = page.QuerySelector(".lead-image picture img")!;
        var hash = img.GetAttribute("src")!.Split('-')[^2];
        string File(int width, string extension) => $"../../images/tram-{hash}-{width}.{extension}";
        Assert.Equal(File(1600, "jpg"), img.GetAttribute("src"));
        Assert.Equal($"{File(480, "jpg")} 480w, {File(960, "jpg")} 960w, {File(1600, "jpg")} 1600w", img.GetAttribute("srcset"));
        Assert.Equal($"{File(480, "webp")} 480w, {File(960, "webp")} 960w, {File(1600, "webp")} 1600w",
            page.QuerySelector(".lead-image source[type='image/webp']")!.GetAttribute("srcset"));
        Assert.Equal(("1600", "1200"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal("A tram in the snow", img.GetAttribute("alt"));
        Assert.Null(img.GetAttribute("loading"));
        Assert.Equal("Line 4 at dawn Ana Example", page.QuerySelector(".lead-image figcaption")!.TextContent);
        foreach (var (width, height) in new[] { (480, 360), (960, 720), (1600, 1200) })
        {
            foreach (var extension in new[] { "jpg", "webp" })
            {
                using var made = Image.NewFromFile(Path.Combine(site.OutputPath, "images", $"tram-{hash}-{width}.{extension}"));
                Assert.Equal((width, height), (made.Width, made.Height));
            }
        }

        Assert.Equal($"https://example.org/test/images/tram-{hash}-1600.jpg", page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        Assert.Equal("summary_large_image", page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        Assert.NotNull(page.QuerySelector("link[rel=preload][as=image][type='image/webp']"));
        Assert.Contains($"\"image\":{{\"@type\":\"ImageObject\",\"url\":\"https://example.org/test/images/tram-{hash}-1600.jpg\",\"width\":1600,\"height\":1200", page.QuerySelector("script[type='application/ld+json']")!.TextContent);

        var portrait = first.Parse("people/ana/index.html").QuerySelector(".portrait img")!;
        Assert.Equal(("300", "400"), (portrait.GetAttribute("width"), portrait.GetAttribute("height")));
        Assert.EndsWith("-300.png", portrait.GetAttribute("src"));

        var modified = System.IO.File.GetLastWriteTimeUtc(Path.Combine(site.OutputPath, "images", $"tram-{hash}-480.webp"));
        var second = BuiltSite.From(site.ConfigPath, site.OutputPath);
        Assert.Equal(0, second.Result.ImagesMade);
        Assert.Equal(modified, System.IO.File.GetLastWriteTimeUtc(Path.Combine(site.OutputPath, "images", $"tram-{hash}-480.webp")));
        Assert.True(Directory.Exists(Path.Combine(site.Root, ".briefings-cache", "images")));
    }

    [Fact]
    public void A_body_image_resolves_beside_the_file_or_in_static_and_loads_lazily()
    {
        using var site = TestSite.Create(Site("", "![A map](map.png)\n\n![The depot](/photos/depot.jpg)"));
        Png(site, "content/briefs/map.png", 640, 320);
        Jpeg(site, "static/photos/depot.jpg", 800, 600);
        Png(site, "static/ana.png", 30, 40);
        var page = BuiltSite.From(site.ConfigPath, site.OutputPath).Parse("briefs/tram/index.html");
        var images = page.QuerySelectorAll(".prose picture img").ToList();
        Assert.Equal(2, images.Count);
        Assert.Equal(("640", "320", "lazy", "A map"), (images[0].GetAttribute("width"), images[0].GetAttribute("height"), images[0].GetAttribute("loading"), images[0].GetAttribute("alt")));
        Assert.Matches(@"^\.\./\.\./images/map-[0-9a-f]{10}-480\.png 480w, \.\./\.\./images/map-[0-9a-f]{10}-640\.png 640w$", images[0].GetAttribute("srcset"));
        Assert.Equal(("800", "600"), (images[1].GetAttribute("width"), images[1].GetAttribute("height")));
        Assert.Null(page.QuerySelector("link[rel=preload][as=image]"));
    }

    public static TheoryData<string, string, string, int, int, string> Faults => new()
    {
        { "image: { src: missing.jpg, alt: Gone }", "", Codes.ImageMissing, 4, 15, "image 'missing.jpg' not found beside content/briefs/2025-12-15-tram.md or in static/; check the file name" },
        { "image: { src: tram.jpeg, alt: Tram }", "", Codes.ImageMissing, 4, 15, "not found beside content/briefs/2025-12-15-tram.md or in static/; did you mean 'tram.jpg'?" },
        { "image: { src: tram.jpg }", "", Codes.ImageWithoutAlt, 4, 1, "image has no 'alt:'" },
        { "", "Intro.\n\n![](tram.jpg)", Codes.ImageWithoutAlt, 8, 1, "has no alt text; write what it shows between the brackets" },
        { "", "![Broken](broken.jpg)", Codes.ImageUnreadable, 6, 1, "image 'broken.jpg' is not an image libvips can read" },
        { "", "![Notes](notes.txt)", Codes.ImageUnreadable, 6, 1, "is not an image Briefings publishes" },
        { "", "![Out](../../../outside.jpg)", Codes.ImageOutsideSite, 6, 1, "image '../../../outside.jpg' leads out of the site folder" },
        { "", "![Big](big.jpg)", Codes.ImageTooLarge, 6, 1, "over the limit of 10,000; make it smaller, or raise limits.max_image_bytes" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void A_bad_image_is_an_error_at_its_place(string frontMatter, string body, string code, int line, int column, string message)
    {
        using var site = TestSite.Create(Site(frontMatter, body.Length == 0 ? "Text." : body).Replace("images: { widths: [1600, 480, 960] }", "limits: { max_image_bytes: 10000 }"));
        Jpeg(site, "content/briefs/tram.jpg", 40, 30);
        site.WriteBytes("content/briefs/big.jpg", new byte[20_000]);
        Png(site, "static/ana.png", 30, 40);
        site.Write("content/briefs/broken.jpg", "not a JPEG at all");
        site.Write("content/briefs/notes.txt", "notes");
        var diagnostic = site.Analyze().Single(code, Brief, line, column);
        Assert.True(diagnostic.Message.Contains(message, StringComparison.Ordinal), diagnostic.Message);
        Assert.Equal(Severity.Error, diagnostic.Severity);
    }
}
