using System.Text;
using Briefings.Diagnostics;

namespace Briefings.Tests.Support;

/// <summary>
/// A whole site declared in one string, as Hugo's integration tests do:
/// <c>-- content/briefs/x.md --</c> starts a file, everything up to the next marker is its text.
/// Written to a fresh temporary folder, deleted on dispose.
/// </summary>
public sealed class TestSite : IDisposable
{
    public const string DefaultConfig = "title: \"Test Briefing\"\nbase_url: \"https://example.org/test/\"\nlanguage: en\n";

    private TestSite(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public string ConfigPath => Path.Combine(Root, "site.config.yml");

    public string OutputPath => Path.Combine(Root, "_site");

    public static TestSite Create(string files)
    {
        var root = Path.Combine(Path.GetTempPath(), "briefings-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var site = new TestSite(root);
        var parsed = Parse(files);
        if (!parsed.ContainsKey("site.config.yml"))
        {
            site.Write("site.config.yml", DefaultConfig);
        }

        foreach (var (path, text) in parsed)
        {
            site.Write(path, text);
        }

        return site;
    }

    public void Write(string path, string text) => WriteBytes(path, Encoding.UTF8.GetBytes(text));

    public void WriteBytes(string path, byte[] bytes)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    public void Delete(string path) => File.Delete(Path.Combine(Root, path));

    public string Read(string path) => File.ReadAllText(Path.Combine(Root, path));

    public BuildOptions Options(bool drafts = false) => new() { ConfigPath = ConfigPath, IncludeDrafts = drafts, AsOf = TestDates.AsOf };

    public SiteAnalysis Analyze(bool drafts = false) => SiteBuilder.Analyze(Options(drafts));

    /// <summary>Analyzes as of another date, or with --future.</summary>
    public SiteAnalysis Analyze(DateOnly asOf, bool future = false) => SiteBuilder.Analyze(Options() with { AsOf = asOf, IncludeFuture = future });

    /// <summary>Analyzes and asserts the site has no diagnostic but the lints' (see <see cref="Lints"/>).</summary>
    public SiteAnalysis AnalyzeClean()
    {
        var analysis = Analyze();
        var found = analysis.Diagnostics.WithoutLints();
        Assert.True(found.Count == 0, "unexpected diagnostics:\n" + string.Join("\n", found));
        Assert.NotNull(analysis.Graph);
        return analysis;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A test that failed mid-way may leave a file open; the temp folder is cleaned by the OS.
        }
    }

    private static Dictionary<string, string> Parse(string files)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var text = new StringBuilder();
        foreach (var line in files.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (current is not null)
                {
                    result[current] = text.ToString();
                }

                current = line[3..^3].Trim();
                text.Clear();
            }
            else if (current is not null)
            {
                text.Append(line).Append('\n');
            }
        }

        if (current is not null)
        {
            result[current] = text.ToString();
        }

        return result;
    }
}

public static class DiagnosticAssertions
{
    /// <summary>Asserts exactly one diagnostic with this code, at this place, and returns it.</summary>
    public static Diagnostic Single(this SiteAnalysis analysis, string code, string file, int line, int column)
    {
        var matching = analysis.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matching.Count == 1, $"expected one {code}, got:\n" + string.Join("\n", analysis.Diagnostics));
        var diagnostic = matching[0];
        Assert.Equal((file, line, column), (diagnostic.File, diagnostic.Line, diagnostic.Column));
        return diagnostic;
    }
}
