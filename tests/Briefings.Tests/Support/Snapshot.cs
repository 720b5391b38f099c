using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Briefings.Tests.Support;

/// <summary>
/// Snapshot testing with Verify's file convention: <c>Snapshots/name.verified.html</c> (or <c>.json</c>) is
/// committed beside the test; on a mismatch the test fails with a unified diff and writes
/// <c>name.received.html</c> (git-ignored). Accepting a change means replacing the verified file with the received one.
/// </summary>
public static class Snapshot
{
    public const int Context = 3;

    public static void Verify(string actual, string name, [CallerFilePath] string testFile = "", string extension = "html")
    {
        var result = Compare(actual, name, testFile, extension);
        if (result is not null)
        {
            Assert.Fail(result);
        }
    }

    /// <summary>Null when the snapshot matches; otherwise the failure message, and the received file is written.</summary>
    public static string? Compare(string actual, string name, [CallerFilePath] string testFile = "", string extension = "html")
    {
        var folder = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        var verified = Path.Combine(folder, $"{name}.verified.{extension}");
        var received = Path.Combine(folder, $"{name}.received.{extension}");
        actual = Normalize(actual);

        if (File.Exists(verified) && Normalize(File.ReadAllText(verified)) == actual)
        {
            File.Delete(received);
            return null;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(received, actual);
        if (!File.Exists(verified))
        {
            return $"No approved snapshot {Relative(verified)}. Review {Relative(received)} and, if it is right, rename it to {Path.GetFileName(verified)}.";
        }

        return $"Snapshot {Relative(verified)} differs from this build (written to {Relative(received)}):\n" +
            UnifiedDiff(Normalize(File.ReadAllText(verified)), actual, "verified", "received") +
            $"\nIf the change is intended, accept it: mv {Relative(received)} {Relative(verified)}";
    }

    public static string UnifiedDiff(string expected, string actual, string expectedName, string actualName)
    {
        var lines = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false).Lines;
        var output = new StringBuilder();
        output.Append("--- ").AppendLine(expectedName).Append("+++ ").AppendLine(actualName);
        var changed = Enumerable.Range(0, lines.Count).Where(i => lines[i].Type != ChangeType.Unchanged).ToList();
        var i = 0;
        while (i < changed.Count)
        {
            var start = Math.Max(0, changed[i] - Context);
            var end = Math.Min(lines.Count - 1, changed[i] + Context);
            while (i + 1 < changed.Count && changed[i + 1] - Context <= end + 1)
            {
                i++;
                end = Math.Min(lines.Count - 1, changed[i] + Context);
            }

            var oldLine = 1 + lines.Take(start).Count(l => l.Type != ChangeType.Inserted);
            var newLine = 1 + lines.Take(start).Count(l => l.Type != ChangeType.Deleted);
            var hunk = lines.Skip(start).Take(end - start + 1).ToList();
            output.AppendLine($"@@ -{oldLine},{hunk.Count(l => l.Type != ChangeType.Inserted)} +{newLine},{hunk.Count(l => l.Type != ChangeType.Deleted)} @@");
            foreach (var line in hunk)
            {
                var mark = line.Type switch { ChangeType.Inserted => '+', ChangeType.Deleted => '-', _ => ' ' };
                output.Append(mark).AppendLine(line.Text);
            }

            i++;
        }

        return output.ToString();
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    private static string Relative(string path) => Path.GetRelativePath(SampleSite.Root, path);
}
