using System.Diagnostics;
using System.Text;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests.Hardening;

/// <summary>Files that are too large, binary, not UTF-8, or oddly encoded, each added to a site that built before.</summary>
public sealed class FileInputTests
{
    private const string Brief = "content/briefs/2025-12-15-x.md";

    private static PreviousBuild Site() => PreviousBuild.Of(Sites.WithBrief(Sites.ValidBrief));

    [Fact]
    public void File_over_limits_max_file_bytes_is_BRF002()
    {
        using var build = Site();
        build.Site.Write("site.config.yml", TestSite.DefaultConfig + "limits:\n  max_file_bytes: 1000\n");
        build.Site.Write(Brief, "---\n" + Sites.ValidBrief + "\n---\n" + new string('x', 2000) + "\n");

        var diagnostic = build.Failing().Has(Codes.FileTooLarge, Brief, 1, 1);

        Assert.Contains("over the limit of 1,000", diagnostic.Message);
        Assert.Contains("limits.max_file_bytes", diagnostic.Message);
    }

    [Fact]
    public void File_of_gigabytes_is_BRF002_at_once_without_being_read()
    {
        using var build = Site();
        // Sparse: it takes no disk, but reading it whole would need a 3 GiB array, more than .NET allows.
        using (var stream = new FileStream(Path.Combine(build.Site.Root, "content/briefs/huge.md"), FileMode.CreateNew))
        {
            stream.SetLength(3L << 30);
        }

        var clock = Stopwatch.StartNew();
        var diagnostic = build.Failing().Has(Codes.FileTooLarge, "content/briefs/huge.md", 1, 1);

        Assert.Contains("3,221,225,472 bytes, over the limit of 5,242,880", diagnostic.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Site_config_over_the_default_limit_is_BRF002()
    {
        using var build = Site();
        using (var stream = new FileStream(build.Site.ConfigPath, FileMode.Append))
        {
            stream.SetLength(6L << 20);
        }

        build.Failing().Has(Codes.FileTooLarge, "site.config.yml", 1, 1);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("2000000000")]
    public void Limit_out_of_range_is_BRF027(string limit)
    {
        using var build = Site();
        build.Site.Write("site.config.yml", TestSite.DefaultConfig + "limits:\n  max_file_bytes: " + limit + "\n");

        build.Failing().Has(Codes.InvalidValue, "site.config.yml", 5, 3);
    }

    [Fact]
    public void Binary_file_is_BRF003_at_its_first_NUL()
    {
        using var build = Site();
        build.Site.WriteBytes(Brief, [.. "---\ntitle: x\n"u8, 0, 1, 2]);

        build.Failing().Has(Codes.BinaryFile, Brief, 3, 1);
    }

    [Fact]
    public void Image_saved_as_markdown_is_BRF003()
    {
        using var build = Site();
        build.Site.WriteBytes("content/people/photo.md", [0x89, .. "PNG\r\n"u8, 0x1A, (byte)'\n', 0, 0, 0, 0x0D, .. "IHDR"u8]);

        build.Failing().Has(Codes.BinaryFile, "content/people/photo.md", 3, 1);
    }

    [Fact]
    public void Binary_template_is_BRF003()
    {
        using var build = Site();
        build.Site.WriteBytes("templates/topics.html", [.. "<h1>Topics</h1>"u8, 0]);

        build.Failing().Has(Codes.BinaryFile, "templates/topics.html", 1, 16);
    }

    [Theory]
    [InlineData(new byte[] { 0xE9 })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xF8, 0x88, 0x80, 0x80, 0x80 })]
    [InlineData(new byte[] { 0xE2, 0x82 })]
    public void Invalid_utf8_is_BRF001_at_the_bad_byte(byte[] bad)
    {
        using var build = Site();
        build.Site.WriteBytes(Brief, [.. "---\ntitle: a"u8, .. bad, .. "\ndate: 2025-12-15\n---\n"u8]);

        build.Failing().Has(Codes.InvalidUtf8, Brief, 2, 9);
    }

    [Fact]
    public void Invalid_utf8_at_the_very_end_is_BRF001()
    {
        using var build = Site();
        build.Site.WriteBytes(Brief, [.. "---\ntitle: a\ndate: 2025-12-15\n---\nBody "u8, 0xE2, 0x82]);

        build.Failing().Has(Codes.InvalidUtf8, Brief, 5, 6);
    }

    [Fact]
    public void Invalid_utf8_in_the_site_config_is_BRF001()
    {
        using var build = Site();
        build.Site.WriteBytes("site.config.yml", [.. "title: caf"u8, 0xE9, .. "\n"u8]);

        build.Failing().Has(Codes.InvalidUtf8, "site.config.yml", 1, 11);
    }

    [Fact]
    public void Invalid_utf8_in_a_template_is_BRF001()
    {
        using var build = Site();
        build.Site.WriteBytes("templates/topics.html", [.. "<h1>Th"u8, 0xE9, .. "mes</h1>\n"u8]);

        build.Failing().Has(Codes.InvalidUtf8, "templates/topics.html", 1, 7);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_file_is_BRF001_saying_so(bool bigEndian)
    {
        using var build = Site();
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        build.Site.WriteBytes(Brief, [.. encoding.GetPreamble(), .. encoding.GetBytes("---\n" + Sites.ValidBrief + "\n---\nBody.\n")]);

        var diagnostic = build.Failing().Has(Codes.InvalidUtf8, Brief, 1, 1);

        Assert.Contains("UTF-16", diagnostic.Message);
    }

    [SkippableFact]
    public async Task Named_pipe_in_content_is_BRF010_without_waiting_for_a_writer()
    {
        Skip.If(OperatingSystem.IsWindows(), "named pipes in the file system are a Unix feature");
        using var build = Site();
        MakeFifo(Path.Combine(build.Site.Root, "content/briefs/pipe.md"));

        var result = await Task.Run(() => build.Failing()).WaitAsync(TimeSpan.FromSeconds(30));

        result.Has(Codes.FrontMatterMissing, "content/briefs/pipe.md", 1, 1);
    }

    [SkippableFact]
    public async Task Named_pipe_in_templates_does_not_hang_the_build()
    {
        Skip.If(OperatingSystem.IsWindows(), "named pipes in the file system are a Unix feature");
        using var build = Site();
        Directory.CreateDirectory(Path.Combine(build.Site.Root, "templates/partials"));
        MakeFifo(Path.Combine(build.Site.Root, "templates/partials/pipe.html"));

        await Task.Run(() => build.Succeeding()).WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void Crlf_and_bom_in_every_file_build_the_same_bytes()
    {
        using var build = PreviousBuild.OfSample();
        var files = FolderState.Exact(build.Output).Where(line => line.StartsWith("file", StringComparison.Ordinal)).ToList();
        var sources = Directory.GetFiles(Path.Combine(build.Site.Root, "content"), "*.md", SearchOption.AllDirectories).Append(build.Site.ConfigPath);
        foreach (var path in sources)
        {
            var text = File.ReadAllText(path).Replace("\r\n", "\n").Replace("\n", "\r\n");
            File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        }

        var result = build.Succeeding();

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.ChangedFiles);
        Assert.Equal(files, FolderState.Exact(build.Output).Where(line => line.StartsWith("file", StringComparison.Ordinal)));
    }

    [Fact]
    public void Enormous_single_line_body_builds_in_time()
    {
        using var build = Site();
        var line = string.Concat(Enumerable.Repeat("Starmer said the talks were long. ", 120_000)) + "THE-END";
        build.Site.Write(Brief, "---\n" + Sites.ValidBrief + "\n---\n" + line);
        Assert.InRange(new FileInfo(Path.Combine(build.Site.Root, Brief)).Length, 4_000_000, SiteConfig.DefaultMaxFileBytes);

        var clock = Stopwatch.StartNew();
        build.Succeeding();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        Assert.EndsWith("THE-END</p>", File.ReadAllText(Path.Combine(build.Output, "briefs/x/index.html")).Split('\n').First(l => l.Contains("THE-END", StringComparison.Ordinal)).Trim());
    }

    [Fact]
    public void Enormous_single_line_front_matter_value_builds_in_time()
    {
        using var build = Site();
        var summary = string.Concat(Enumerable.Repeat("long summary ", 150_000)) + "THE-END";
        build.Site.Write(Brief, "---\n" + Sites.ValidBrief + "\nsummary: \"" + summary + "\"\n---\nBody.\n");

        var clock = Stopwatch.StartNew();
        build.Succeeding();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        Assert.Contains("THE-END", File.ReadAllText(Path.Combine(build.Output, "briefs/x/index.html")));
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
