using Briefings.Diagnostics;
using Briefings.Tests.Cli;
using Briefings.Tests.Support;
using Briefings.Writing;

namespace Briefings.Tests.Hardening;

/// <summary>
/// A build replaces its output folder whole, so it may write only into a folder that is missing, empty or
/// its own (marked, holding only what that build wrote). Every other folder is refused with exit code 2 and
/// left byte for byte as it was: a home folder once given as --out was replaced by the site.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class OutputOwnershipTests
{
    [Theory]
    [InlineData("home", new[] { ".bashrc", ".ssh/id_ed25519", "Documents/notes.txt" })]
    [InlineData("docs", new[] { "guide.md" })]
    [InlineData(".git", new[] { "HEAD", "config", "objects/ab/cdef" })]
    [InlineData("_site", new[] { "index.html", "old/page.html" })]
    public void A_folder_the_tool_did_not_make_is_refused_and_left_as_it_was(string folder, string[] files)
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief));
        foreach (var file in files)
        {
            site.Write($"{folder}/{file}", $"the user's {file}");
        }

        var output = Path.Combine(site.Root, folder);
        var before = FolderState.Exact(output);
        var outside = FolderState.Outside(site.Root, output);

        var run = CliProcess.Run(site.Root, "build", "--out", folder);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"the output folder '{output}' already holds files and was not made by Briefings", run.Errors);
        Assert.Contains("If it is the output of an earlier version of Briefings, which wrote no marker, delete it once", run.Errors);
        Assert.Equal(before, FolderState.Exact(output));
        Assert.Equal(outside, FolderState.Outside(site.Root, output));
    }

    [Fact]
    public void A_folder_outside_the_site_is_refused_by_serve_too()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief));
        var home = site.Root + "-home";
        try
        {
            Directory.CreateDirectory(Path.Combine(home, "Documents"));
            File.WriteAllText(Path.Combine(home, ".bashrc"), "export PS1='$ '\n");
            File.WriteAllText(Path.Combine(home, "Documents", "notes.txt"), "notes\n");
            var before = FolderState.Exact(home);

            var run = CliProcess.Run(site.Root, "serve", "--out", home, "--port", "0");

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains($"the output folder '{home}' already holds files and was not made by Briefings", run.Errors);
            Assert.Equal(before, FolderState.Exact(home));
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    [Fact]
    public void A_file_the_last_build_did_not_write_keeps_the_folder_from_being_replaced()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief));
        Assert.Equal(0, CliProcess.Run(site.Root, "build").ExitCode);
        site.Write("_site/CNAME", "briefings.example.org\n");
        var before = FolderState.Exact(site.OutputPath);

        var run = CliProcess.Run(site.Root, "build");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"the output folder '{site.OutputPath}' holds 'CNAME', which Briefings did not write", run.Errors);
        Assert.Contains("put files to publish with the site in static/", run.Errors);
        Assert.Equal(before, FolderState.Exact(site.OutputPath));
    }

    [Fact]
    public void A_file_in_static_is_published_and_the_folder_stays_the_tools_own()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief) + """
            -- static/CNAME --
            briefings.example.org
            -- static/.nojekyll --
            -- static/images/map.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """);
        var options = new BuildOptions { ConfigPath = site.ConfigPath, OutputPath = site.OutputPath };

        Assert.True(SiteBuilder.Build(options).Succeeded);
        var first = FolderState.Exact(site.OutputPath);
        var second = SiteBuilder.Build(options);

        Assert.True(second.Succeeded, string.Join("\n", second.Diagnostics));
        Assert.Equal("briefings.example.org\n", site.Read("_site/CNAME"));
        Assert.True(File.Exists(Path.Combine(site.OutputPath, ".nojekyll")));
        Assert.Contains("<svg", site.Read("_site/images/map.svg"));
        Assert.Equal(first.Where(l => !l.StartsWith("dir", StringComparison.Ordinal)), FolderState.Exact(site.OutputPath).Where(l => !l.StartsWith("dir", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_static_file_cannot_take_the_place_of_a_page()
    {
        using var build = PreviousBuild.Of(Sites.WithBrief(Sites.ValidBrief) + "-- static/robots-extra.txt --\nx\n");
        build.Site.Write("static/feed.xml", "<feed/>");

        var diagnostic = build.Failing().Has(Codes.StaticFileClash, "static/feed.xml", 1, 1);

        Assert.Equal("'feed.xml' is a file the build writes itself, so this copy would replace it; rename or move the file in static/", diagnostic.Message);
    }

    [Fact]
    public void The_tools_own_folder_is_replaced_and_a_missing_or_empty_one_is_written()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief));
        Directory.CreateDirectory(Path.Combine(site.Root, "empty"));

        var missing = CliProcess.Run(site.Root, "build", "--out", "missing/deeper");
        var empty = CliProcess.Run(site.Root, "build", "--out", "empty");
        site.Write("content/briefs/2025-12-15-x.md", "---\ntitle: \"Renamed\"\ndate: 2025-12-15\n---\nBody.\n");
        var again = CliProcess.Run(site.Root, "build", "--out", "empty");

        Assert.True(missing.ExitCode == 0, missing.ToString());
        Assert.True(empty.ExitCode == 0, empty.ToString());
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.True(File.Exists(Path.Combine(site.Root, "missing/deeper", OutputOwnership.MarkerName)));
        Assert.Contains("Renamed", site.Read("empty/index.html"));
    }

    [Theory]
    [InlineData("site.config.yml", "is a file, not a folder")]
    [InlineData("/", "would replace the site's own files")]
    [InlineData(".", "would replace the site's own files")]
    [InlineData("content", "would replace the site's own files")]
    [InlineData("content/briefs", "would replace the site's own files")]
    [InlineData("static", "would replace the site's own files")]
    public void An_output_that_is_a_file_or_holds_the_site_is_refused_and_nothing_is_left_behind(string output, string problem)
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief));
        var before = FolderState.Exact(site.Root);

        var run = CliProcess.Run(site.Root, "build", "--out", output);

        Assert.True(run.ExitCode == 2, run.ToString());
        var shown = output == "/" ? "/" : Path.GetFullPath(Path.Combine(site.Root, output)).TrimEnd('/');
        Assert.Contains($"error: the output folder '{shown}' {problem}", run.Errors);
        Assert.Equal(before, FolderState.Exact(site.Root));
    }

    [Fact]
    public void A_symbolic_link_as_the_output_is_refused()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief));
        Directory.CreateDirectory(Path.Combine(site.Root, "real"));
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "_site"), Path.Combine(site.Root, "real"));

        var result = SiteBuilder.Build(new BuildOptions { ConfigPath = site.ConfigPath, OutputPath = site.OutputPath });

        Assert.False(result.Succeeded);
        Assert.Contains("is a symbolic link", result.OutputRefused);
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(site.Root, "real")));
    }
}
