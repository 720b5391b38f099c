using System.Diagnostics;
using Briefings.Tests.Support;
using Xunit.Abstractions;

namespace Briefings.Tests.Hardening;

/// <summary>
/// Damages the sample site's files a few thousand ways, with a fixed seed, and builds after each: every
/// build must succeed or fail with error diagnostics, never throw, never hang, never touch the previous
/// output when it fails, and never write outside the output folder.
/// </summary>
[Trait("Category", "Slow")]
[Collection(AloneCollection.Name)]
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20251215;
    private const int CasesPerKind = 500;
    private static readonly TimeSpan CaseLimit = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Damaged_sample_site_builds_or_fails_with_diagnostics_only()
    {
        using var site = SampleSite.Copy();
        var outputParent = Path.Combine(site.Root, "out");
        var options = new BuildOptions { ConfigPath = site.ConfigPath, OutputPath = Path.Combine(outputParent, "_site") };
        var first = SiteBuilder.Build(options);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));

        var originals = Directory.GetFiles(Path.Combine(site.Root, "content"), "*.md", SearchOption.AllDirectories)
            .Append(site.ConfigPath)
            .Order(StringComparer.Ordinal)
            .ToDictionary(path => path, File.ReadAllBytes);
        var files = originals.Keys.ToList();
        var siteEntries = Entries(site.Root);
        var contentFiles = Directory.GetFiles(Path.Combine(site.Root, "content"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var previous = FolderState.Quick(options.OutputPath);

        var random = new Random(Seed);
        var kinds = Enum.GetValues<MutationKind>();
        var problems = new List<string>();
        var (succeeded, failed) = (0, 0);
        var clock = Stopwatch.StartNew();
        var cases = kinds.Length * CasesPerKind;
        for (var i = 0; i < cases; i++)
        {
            var kind = kinds[i % kinds.Length];
            var file = files[random.Next(files.Count)];
            var bytes = originals[file];
            for (var n = random.Next(1, 4); n > 0; n--)
            {
                bytes = Mutations.Apply(kind, bytes, random);
            }

            File.WriteAllBytes(file, bytes);
            var label = $"case {i} ({kind} of {Path.GetRelativePath(site.Root, file)}, seed {Seed})";

            BuildResult result;
            try
            {
                result = await Task.Run(() => SiteBuilder.Build(options)).WaitAsync(CaseLimit);
            }
            catch (TimeoutException)
            {
                // The stuck build still holds the site; later cases would tell nothing.
                problems.Add($"{label}: no result within {CaseLimit.TotalSeconds:N0} s");
                break;
            }
            catch (Exception e)
            {
                problems.Add($"{label}: {e}");
                File.WriteAllBytes(file, originals[file]);
                continue;
            }

            if (result.Succeeded)
            {
                succeeded++;
                previous = FolderState.Quick(options.OutputPath);
            }
            else
            {
                failed++;
                if (!result.Diagnostics.Any(d => d.IsError))
                {
                    problems.Add($"{label}: failed without an error diagnostic");
                }

                if (!FolderState.Quick(options.OutputPath).SequenceEqual(previous))
                {
                    problems.Add($"{label}: the failed build changed the previous output");
                }
            }

            if (!Entries(site.Root).SequenceEqual(siteEntries) || !Entries(outputParent).SequenceEqual(["_site"]) ||
                !Directory.GetFiles(Path.Combine(site.Root, "content"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).SequenceEqual(contentFiles))
            {
                problems.Add($"{label}: something was written outside the output folder");
                break;
            }

            File.WriteAllBytes(file, originals[file]);
        }

        TestSummary.Report(output, $"fuzz: {cases} cases (seed {Seed}, {CasesPerKind} per mutation kind: {string.Join(", ", kinds)}), " +
            $"{failed} failed builds with diagnostics, {succeeded} succeeded, {problems.Count} problems, {clock.Elapsed.TotalSeconds:N0} s");
        Assert.True(problems.Count == 0, $"{problems.Count} of {cases} cases went wrong:\n" + string.Join("\n", problems.Take(20)));
    }

    private static List<string> Entries(string folder) =>
        Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;
}
