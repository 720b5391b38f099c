using Briefings.Tests.Support;

namespace Briefings.Tests.Cli;

[Collection(CliCollection.Name)]
public sealed class NewCliTests
{
    [Fact]
    public void New_brief_writes_a_dated_draft_whose_placeholder_check_warns_about_until_it_is_replaced()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief));

        var run = CliProcess.Run(site.Root, "new", "brief", "Starmer: \"No deal\" without guarantees");

        Assert.True(run.ExitCode == 0, run.ToString());
        var file = Assert.Single(Directory.GetFiles(Path.Combine(site.Root, "content", "briefs"), "*-starmer-no-deal-without-guarantees.md"));
        var name = Path.GetFileName(file);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}-starmer-no-deal-without-guarantees\.md$", name);
        var text = File.ReadAllText(file);
        Assert.Contains("title: \"Starmer: \\\"No deal\\\" without guarantees\"", text);
        Assert.Contains("\ndraft: true", text);

        // A draft is left out of the site, but its placeholder is reported all the same, at its line.
        var check = CliProcess.Run(site.Root, "check");
        Assert.True(check.ExitCode == 0, check.ToString());
        var line = text.Split('\n').ToList().FindIndex(l => l.StartsWith("Write the lead here", StringComparison.Ordinal)) + 1;
        Assert.Contains($"content/briefs/{name}({line},1): warning BRF045: the brief still holds the placeholder line a new brief starts with", check.Errors + check.Output);
        Assert.StartsWith("Checked 1 briefs", check.Output);

        File.WriteAllText(file, text.Replace("draft: true", "draft: false").Replace(Briefings.Content.Placeholders.Lead, "Starmer said there is no deal without guarantees."));
        AssertChecksClean(site, briefs: 2);
    }

    [Fact]
    public void New_person_and_organization_write_files_that_check_clean()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief));

        var person = CliProcess.Run(site.Root, "new", "person", "Володимир Зеленський");
        var organization = CliProcess.Run(site.Root, "new", "organization", "Coalition of the Willing");

        Assert.True(person.ExitCode == 0, person.ToString());
        Assert.True(organization.ExitCode == 0, organization.ToString());
        Assert.True(File.Exists(Path.Combine(site.Root, "content", "people", "володимир-зеленський.md")));
        Assert.Contains("kind: other", site.Read("content/organizations/coalition-of-the-willing.md"));
        AssertChecksClean(site, briefs: 1);
    }

    [Fact]
    public void New_topic_and_commitment_write_files_that_check_clean()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief + """

            topics: [flood-defence]
            commitments:
              - { id: a-flood-barrier-by-2028, by: uk-government, text: "Build a flood barrier", status: pledged }
            """));

        var topic = CliProcess.Run(site.Root, "new", "topic", "Flood defence");
        var unused = CliProcess.Run(site.Root, "new", "topic", "Housing");
        var commitment = CliProcess.Run(site.Root, "new", "commitment", "A flood barrier by 2028");

        Assert.True(topic.ExitCode == 0, topic.ToString());
        Assert.True(unused.ExitCode == 0, unused.ToString());
        Assert.True(commitment.ExitCode == 0, commitment.ToString());
        Assert.StartsWith("---\ntitle: \"Flood defence\"\n---\n", site.Read("content/topics/flood-defence.md"));
        Assert.StartsWith("---\ntitle: \"A flood barrier by 2028\"\n---\n", site.Read("content/commitments/a-flood-barrier-by-2028.md"));
        Assert.Contains("add '- { id: a-flood-barrier-by-2028, by: <person or organization id>, text: \"…\", status: proposed }' under a brief's commitments:", commitment.Output);
        AssertChecksClean(site, briefs: 1);
        var graph = site.AnalyzeClean().Graph!;
        Assert.Equal("Flood defence", graph.TopicsById["flood-defence"].Title);
        Assert.Equal("A flood barrier by 2028", graph.CommitmentsById["a-flood-barrier-by-2028"].Title);
    }

    [Fact]
    public void New_topic_and_commitment_never_overwrite()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief) + "\n-- content/commitments/homes.md --\n---\ntitle: Mine\n---\n\n-- content/topics/housing.md --\n---\ntitle: Mine\n---\n");
        var before = (site.Read("content/topics/housing.md"), site.Read("content/commitments/homes.md"));

        var topic = CliProcess.Run(site.Root, "new", "topic", "Housing");
        var commitment = CliProcess.Run(site.Root, "new", "commitment", "Homes");

        Assert.True(topic.ExitCode == 2, topic.ToString());
        Assert.True(commitment.ExitCode == 2, commitment.ToString());
        Assert.Contains("content/topics/housing.md already has the id 'housing'; nothing was written", topic.Errors);
        Assert.Contains("content/commitments/homes.md already has the id 'homes'; nothing was written", commitment.Errors);
        Assert.Equal(before, (site.Read("content/topics/housing.md"), site.Read("content/commitments/homes.md")));
    }

    [Fact]
    public void New_refuses_to_overwrite_an_existing_file()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief));
        var before = site.Read("content/people/keir-starmer.md");

        var run = CliProcess.Run(site.Root, "new", "person", "Keir Starmer");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("content/people/keir-starmer.md already has the id 'keir-starmer'", run.Errors);
        Assert.Equal(before, site.Read("content/people/keir-starmer.md"));
    }

    [Fact]
    public void New_refuses_an_id_the_other_actor_kind_already_has()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief));

        var run = CliProcess.Run(site.Root, "new", "person", "UK Government");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.False(File.Exists(Path.Combine(site.Root, "content", "people", "uk-government.md")));
    }

    [Fact]
    public void New_brief_refuses_a_slug_an_older_brief_has()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief));

        var run = CliProcess.Run(site.Root, "new", "brief", "X");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("content/briefs/2025-12-15-x.md already has the slug 'x'", run.Errors);
        Assert.Single(Directory.GetFiles(Path.Combine(site.Root, "content", "briefs")));
    }

    /// <summary>No error and no warning but the lints': a person or organization added before the brief that mentions it is one no brief mentions yet.</summary>
    private static void AssertChecksClean(TestSite site, int briefs)
    {
        var check = CliProcess.Run(site.Root, "check");
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.All(check.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Contains(Lints.Codes, code => line.Contains($"warning {code}:")));
        Assert.StartsWith($"Checked {briefs} briefs", check.Output);
        Assert.Contains(": 0 errors, ", check.Output);
    }
}
