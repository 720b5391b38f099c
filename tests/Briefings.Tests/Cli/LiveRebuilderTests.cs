using Briefings.Cli;
using Briefings.Cli.Serve;
using Briefings.Content;
using Briefings.Incremental;
using Briefings.Tests.Support;

namespace Briefings.Tests.Cli;

public sealed class LiveRebuilderTests
{
    private const string Brief = "content/briefs/2025-12-15-starmer-peace-deal-needs-robust-guarantees.md";

    /// <summary>
    /// serve prints a warning once: a rebuild repeats only its errors and the warnings it did not print before, and counts
    /// the rest in one line, so that an edit's own warning is not lost among the site's.
    /// </summary>
    [Fact]
    public void A_rebuild_prints_only_new_warnings_and_counts_those_printed_before()
    {
        using var site = SampleSite.Copy();
        site.Write("content/people/ada-lovelace.md", "---\nname: Ada Lovelace\n---\n");
        var session = new SiteSession(site.Options() with { OutputPath = site.OutputPath });
        var first = session.Build();
        var standing = first.Diagnostics.Count(d => !d.IsError);
        Assert.Contains(first.Diagnostics, d => d.File == "content/people/ada-lovelace.md");
        var (output, errors) = (new StringWriter(), new StringWriter());
        var rebuilder = new LiveRebuilder(session, SiteSource.FromConfig(site.Options().ConfigPath), new LiveReload(),
            new Reporter(output, errors, quiet: false, verbose: false), BasePath.Root, first.Diagnostics);

        site.Write("content/people/grace-hopper.md", "---\nname: Grace Hopper\n---\n");
        rebuilder.Rebuild([Path.Combine(site.Root, "content/people/grace-hopper.md")]);

        var printed = errors.ToString();
        Assert.Contains("content/people/grace-hopper.md", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("ada-lovelace", printed, StringComparison.Ordinal);
        Assert.Contains(NotRepeated(standing), printed, StringComparison.Ordinal);

        errors.GetStringBuilder().Clear();
        site.Write(Brief, site.Read(Brief).Replace("told MPs on Monday", "told MPs on Tuesday", StringComparison.Ordinal));
        rebuilder.Rebuild([Path.Combine(site.Root, Brief)]);

        Assert.DoesNotContain("warning BRF", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains(NotRepeated(standing + 1), errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("rebuilt in", output.ToString(), StringComparison.Ordinal);
    }

    private static string NotRepeated(int count) => $"{count} earlier warning{(count == 1 ? "" : "s")} not repeated";
}
