using Briefings.Outputs.Pages.Templates;

namespace Briefings.Tests.Cli;

[Collection(CliCollection.Name)]
public sealed class InitCliTests
{
    [Fact]
    public void Init_writes_a_site_that_checks_and_builds_clean()
    {
        var parent = Directory.CreateTempSubdirectory("briefings-tests-");
        try
        {
            var root = Path.Combine(parent.FullName, "newsroom");

            var init = CliProcess.Run(parent.FullName, "init", "newsroom");
            var check = CliProcess.Run(root, "check", "--strict");
            var build = CliProcess.Run(root, "build", "--strict");

            Assert.True(init.ExitCode == 0, init.ToString());
            Assert.True(check.ExitCode == 0, check.ToString());
            Assert.Equal("Checked 1 briefs, 1 people, 1 organizations, 1 commitments, 1 topics: 0 errors, 0 warnings\n", check.Output);
            Assert.True(build.ExitCode == 0, build.ToString());
            Assert.Equal("", check.Errors + build.Errors);
            // The built-in theme draws the new site: a copied template would never get a later fix.
            Assert.False(Directory.Exists(Path.Combine(root, "templates")));
            Assert.Equal([".gitignore", "content", "site.config.yml"], Directory.GetFileSystemEntries(root).Select(Path.GetFileName).Where(n => n != "_site").Order(StringComparer.Ordinal));
            Assert.Equal(BuiltInTheme.Embedded.Bytes("assets/style.css"), File.ReadAllBytes(Path.Combine(root, "_site", "assets", "style.css")));
            // Each next step init prints is a command that runs as printed.
            var hints = init.Output.Split('\n').Where(l => l.StartsWith("  briefings ", StringComparison.Ordinal)).ToList();
            Assert.Equal(3, hints.Count);
            foreach (var hint in hints)
            {
                NamedCommandTests.AssertParses(hint.Split('#')[0].Trim()["briefings ".Length..]);
            }

            foreach (var page in new[] { "index.html", "people/jane-doe/index.html", "organizations/harbour-city-council/index.html",
                "topics/flood-defence/index.html", "commitments/harbour-flood-barrier/index.html", "briefs/mayor-promises-a-flood-barrier/index.html" })
            {
                Assert.True(File.Exists(Path.Combine(root, "_site", page)), page);
            }
        }
        finally
        {
            parent.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("uk", "Олена Коваль", "Мерка обіцяє", "Напишіть тут лід")]
    [InlineData("de", "Erika Mustermann", "Bürgermeisterin verspricht", "Schreiben Sie hier den Vorspann")]
    [InlineData("fr", "Marie Dupont", "La maire promet", "Écrivez ici le chapeau")]
    public void Init_and_new_write_their_words_in_the_site_language(string language, string mayor, string headline, string lead)
    {
        var parent = Directory.CreateTempSubdirectory("briefings-tests-");
        try
        {
            var root = Path.Combine(parent.FullName, "site");

            var init = CliProcess.Run(parent.FullName, "init", "site", "--language", language);
            var check = CliProcess.Run(root, "check", "--strict");
            var created = CliProcess.Run(root, "new", "person", "Test Person");
            var brief = CliProcess.Run(root, "new", "brief", "Test brief");

            Assert.True(init.ExitCode == 0, init.ToString());
            Assert.True(check.ExitCode == 0, check.ToString());
            Assert.Contains($"language: {language}\n", File.ReadAllText(Path.Combine(root, "site.config.yml")), StringComparison.Ordinal);
            Assert.Contains(mayor, File.ReadAllText(Path.Combine(root, "content", "people", "jane-doe.md")), StringComparison.Ordinal);
            var example = Directory.GetFiles(Path.Combine(root, "content", "briefs")).Single(f => f.Contains("mayor", StringComparison.Ordinal));
            Assert.Contains(headline, File.ReadAllText(example), StringComparison.Ordinal);
            Assert.True(created.ExitCode == 0 && brief.ExitCode == 0, created + "\n" + brief);
            Assert.DoesNotContain("in a sentence or two", File.ReadAllText(Path.Combine(root, "content", "people", "test-person.md")), StringComparison.Ordinal);
            var draft = Directory.GetFiles(Path.Combine(root, "content", "briefs")).Single(f => f.EndsWith("test-brief.md", StringComparison.Ordinal));
            Assert.Contains(lead, File.ReadAllText(draft), StringComparison.Ordinal);
            // The placeholder lead is caught in any built-in language, as the English one is.
            var recheck = CliProcess.Run(root, "check", "--drafts");
            Assert.Contains("BRF045", recheck.Output + recheck.Errors, StringComparison.Ordinal);
        }
        finally
        {
            parent.Delete(recursive: true);
        }
    }

    [Fact]
    public void Init_refuses_a_folder_that_is_not_empty()
    {
        var root = Directory.CreateTempSubdirectory("briefings-tests-");
        try
        {
            File.WriteAllText(Path.Combine(root.FullName, "notes.txt"), "mine");

            var run = CliProcess.Run(root.FullName, "init", ".");

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains("not an empty folder", run.Errors);
            Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(root.FullName).Select(Path.GetFileName));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
