using System.Security.Cryptography;
using Briefings.Outputs.Pages.Templates;
using Briefings.Tests.Support;

namespace Briefings.Tests.Cli;

[Collection(CliCollection.Name)]
public sealed class EjectCliTests
{
    private const string Record = "templates/.briefings-ejected";

    [Fact]
    public void Eject_copies_a_built_in_template_and_records_the_hash_of_that_version()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief));

        var run = CliProcess.Run(site.Root, "eject", "templates/brief.html");

        Assert.True(run.ExitCode == 0, run.ToString());
        var builtIn = BuiltInTheme.Embedded.Bytes("brief.html");
        Assert.Equal(builtIn, File.ReadAllBytes(Path.Combine(site.Root, "templates", "brief.html")));
        var hash = Convert.ToHexStringLower(SHA256.HashData(builtIn));
        Assert.Equal([$"brief.html {hash}"], Entries(site));
        Assert.Equal(["brief.html"], Directory.GetFiles(Path.Combine(site.Root, "templates")).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')));
        Assert.Contains("Copied templates/brief.html", run.Output);
        AssertChecksClean(site);
    }

    [Fact]
    public void Eject_all_copies_every_built_in_template()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief));

        var run = CliProcess.Run(site.Root, "eject", "--all");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.All(BuiltInTheme.Embedded.Files, file => Assert.Equal(file.Bytes, File.ReadAllBytes(Path.Combine(site.Root, "templates", file.Name))));
        Assert.Equal(BuiltInTheme.Embedded.Names, Entries(site).Select(e => e.Split(' ')[0]));
        AssertChecksClean(site);
    }

    [Fact]
    public void Eject_never_overwrites_and_then_writes_nothing_at_all()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief) + "\n-- templates/brief.html --\nmine\n");
        var before = site.Read("templates/brief.html");

        var run = CliProcess.Run(site.Root, "eject", "layout.html", "brief.html");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("templates/brief.html already exists; nothing was written", run.Errors);
        Assert.Equal(before, site.Read("templates/brief.html"));
        Assert.False(File.Exists(Path.Combine(site.Root, "templates", "layout.html")));
        Assert.False(File.Exists(Path.Combine(site.Root, Record)));
    }

    [Fact]
    public void Eject_names_the_built_in_meant_for_a_name_it_does_not_have()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief));

        var misspelt = CliProcess.Run(site.Root, "eject", "partials/qoute.html");
        var none = CliProcess.Run(site.Root, "eject");
        var shortened = CliProcess.Run(site.Root, "eject", "layout", "quote.html", "search");

        Assert.True(misspelt.ExitCode == 2, misspelt.ToString());
        Assert.Contains("'partials/qoute.html' is not a built-in template; did you mean 'partials/quote.html'?", misspelt.Errors);
        // A name without its folder or extension names the built-ins it could mean.
        Assert.True(shortened.ExitCode == 2, shortened.ToString());
        Assert.Contains("'layout' is not a built-in template; did you mean 'layout.html'?", shortened.Errors);
        Assert.Contains("'quote.html' is not a built-in template; did you mean 'partials/quote.html'?", shortened.Errors);
        Assert.Contains("'search' is not a built-in template; did you mean 'assets/search.js' or 'search.html'?", shortened.Errors);
        Assert.True(none.ExitCode == 2, none.ToString());
        Assert.Contains("  assets/style.css\n", none.Errors);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "templates")));
    }

    [Fact]
    public void Print_writes_the_built_in_as_it_is()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief));

        var run = CliProcess.Run(site.Root, "eject", "--print", "partials/quote.html");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(System.Text.Encoding.UTF8.GetString(BuiltInTheme.Embedded.Bytes("partials/quote.html")), run.Output);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "templates")));
    }

    /// <summary>A record from an older version of the tool holds another hash: check says so until the author accepts the new built-in.</summary>
    [Fact]
    public void Check_warns_for_a_copy_of_an_older_built_in_until_it_is_accepted()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief));
        Assert.Equal(0, CliProcess.Run(site.Root, "eject", "brief.html", "assets/style.css").ExitCode);
        var older = new string('0', 64);
        site.Write(Record, site.Read(Record).Replace(BuiltInTheme.Embedded.Hash("brief.html"), older));

        var stale = CliProcess.Run(site.Root, "check");
        var strict = CliProcess.Run(site.Root, "check", "--strict");
        var accept = CliProcess.Run(site.Root, "eject", "--accept", "brief.html");

        Assert.True(stale.ExitCode == 0, stale.ToString());
        Assert.Equal(
            "templates/brief.html(1,1): warning BRF043: the built-in 'brief.html' has changed since this copy was ejected; " +
            "compare the two with 'briefings eject --print brief.html', bring in what you want, then record it with 'briefings eject --accept brief.html'\n",
            stale.Errors);
        Assert.True(strict.ExitCode == 1, strict.ToString());
        Assert.True(accept.ExitCode == 0, accept.ToString());
        Assert.Contains($"brief.html {BuiltInTheme.Embedded.Hash("brief.html")}", Entries(site));
        AssertChecksClean(site);
    }

    [Fact]
    public void Accept_needs_a_copy_to_record()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief));

        var run = CliProcess.Run(site.Root, "eject", "--accept", "brief.html");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("templates/brief.html does not exist, so there is no copy to record; copy it with 'briefings eject brief.html'", run.Errors);
        Assert.False(File.Exists(Path.Combine(site.Root, Record)));
    }

    private static List<string> Entries(TestSite site) =>
        site.Read(Record).Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

    private static void AssertChecksClean(TestSite site)
    {
        var check = CliProcess.Run(site.Root, "check", "--strict");
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Equal("", check.Errors);
    }
}
