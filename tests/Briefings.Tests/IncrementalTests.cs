using Briefings.Incremental;
using Briefings.Writing;
using Briefings.Tests.Support;

namespace Briefings.Tests;

/// <summary>serve's rebuilds: after any edit, the site must be exactly what a full build makes, while only touched pages are rendered.</summary>
public sealed class IncrementalTests
{
    private const string Brief = "content/briefs/2025-12-15-starmer-peace-deal-needs-robust-guarantees.md";

    public static TheoryData<string> Edits => new()
    {
        "brief title",
        "brief body",
        "new brief",
        "deleted brief",
        "person name",
        "person organization",
        "commitment status",
        "new quote",
        "new topic on a brief",
        "topic title",
        "new link to a brief",
        "earlier commitment status",
        "organization match phrase",
        "new speaker",
        "removed quote",
        "quote text",
        "commitment note",
        "linked brief title",
        "brief date, to the newest",
        "brief date, to an earlier month",
        "embedded quote text",
        "embedded commitment status",
        "latest update date",
        "commitment status, to one other commitments have",
        "new link to a commitment",
        "text beside a link to a commitment",
    };

    /// <summary>Edits that keep the graph's shape, which serve applies to the graph in place instead of building it again.</summary>
    public static TheoryData<string, bool> GraphUpdates => new()
    {
        { "brief title", true },
        { "brief body", true },
        { "commitment status", true },
        { "commitment status, to one other commitments have", true },
        { "earlier commitment status", true },
        { "quote text", true },
        { "commitment note", true },
        { "linked brief title", true },
        { "new speaker", true },
        { "removed quote", true },
        { "new quote", true },
        { "text beside a link to a commitment", true },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void A_rebuild_after_an_edit_gives_the_same_site_as_a_full_build(string edit) => AssertRebuildIsFullBuild(edit, paginate: null);

    /// <summary>Two to a page, every list of the sample runs over pages: an edit that moves an item moves others between pages.</summary>
    [Theory]
    [MemberData(nameof(Edits))]
    public void A_rebuild_after_an_edit_gives_the_same_paged_site_as_a_full_build(string edit) => AssertRebuildIsFullBuild(edit, paginate: 2);

    private static void AssertRebuildIsFullBuild(string edit, int? paginate)
    {
        using var site = SampleSite.Copy();
        if (paginate is { } size)
        {
            site.Write("site.config.yml", site.Read("site.config.yml") + $"paginate: {size}\n");
        }

        Prepare(site, edit);
        var session = new SiteSession(site.Options() with { OutputPath = site.OutputPath });
        Assert.True(session.Build().Succeeded);

        Rebuild(session, site, edit);
        AssertSameAsFullBuild(site, edit);
    }

    /// <summary>What an edit needs in the sample before the first build: the brief it deletes, the link it writes beside.</summary>
    private static void Prepare(TestSite site, string edit)
    {
        switch (edit)
        {
            case "deleted brief":
                Apply(site, "new brief");
                break;
            case "text beside a link to a commitment":
                Apply(site, "new link to a commitment");
                break;
        }
    }

    [Theory]
    [MemberData(nameof(GraphUpdates))]
    [InlineData("person name", false)]
    public void Only_an_edit_that_keeps_the_graphs_shape_updates_the_graph_without_reading_the_site_again(string edit, bool inPlace)
    {
        using var site = SampleSite.Copy();
        Prepare(site, edit);
        var session = new SiteSession(site.Options() with { OutputPath = site.OutputPath });
        var graph = session.Build().Graph;

        var result = Rebuild(session, site, edit);

        // The checks run over the whole site, so a rebuild that read it all has their stage.
        Assert.Equal(inPlace, !result.Timings.Stages.Any(s => s.Stage == "check"));
        Assert.Equal(inPlace, ReferenceEquals(graph, result.Graph));
    }

    /// <summary>Paged too: each in-place edit lists only the pages of the entities it may touch, found from what the pages before it recorded.</summary>
    [Theory]
    [InlineData(null)]
    [InlineData(2)]
    public void Graph_updates_one_after_another_and_then_a_rebuilt_graph_give_the_same_site_as_a_full_build(int? paginate)
    {
        using var site = SampleSite.Copy();
        if (paginate is { } size)
        {
            site.Write("site.config.yml", site.Read("site.config.yml") + $"paginate: {size}\n");
        }

        var session = new SiteSession(site.Options() with { OutputPath = site.OutputPath });
        Assert.True(session.Build().Succeeded);
        foreach (var edit in new[] { "brief title", "commitment status", "quote text", "linked brief title", "new speaker", "brief body", "removed quote", "commitment note", "earlier commitment status", "latest update date", "brief title" })
        {
            Rebuild(session, site, edit);
            AssertSameAsFullBuild(site, edit);
        }
    }

    /// <summary>
    /// One to a page, a commitment whose status changes in place takes its page from one status's list to another's: the
    /// graph is updated, and the pages that come and go and the sitemap that lists them are as a full build makes them.
    /// </summary>
    [Fact]
    public void A_status_changed_in_place_moves_pages_between_the_status_lists_and_the_sitemap_follows()
    {
        using var site = SampleSite.Copy();
        site.Write("site.config.yml", site.Read("site.config.yml") + "paginate: 1\n");
        var session = new SiteSession(site.Options() with { OutputPath = site.OutputPath });
        var graph = session.Build().Graph;

        var result = Rebuild(session, site, "commitment status, to one other commitments have");

        Assert.Same(graph, result.Graph);
        AssertSameAsFullBuild(site, "commitment status, to one other commitments have");
    }

    /// <summary>
    /// Most briefs of a large site carry a warning of the sourceless-commitment lint; an edit that moves their lines still
    /// updates the graph, and the warnings point where a full check points.
    /// </summary>
    [Fact]
    public void An_edit_to_a_brief_with_sourceless_commitments_updates_the_graph_and_moves_the_warnings()
    {
        using var site = SampleSite.Copy();
        var text = site.Read(Brief);
        var source = text.IndexOf("source:\n", StringComparison.Ordinal);
        text = text.Remove(source, text.IndexOf("  date: 2025-12-15\n", source, StringComparison.Ordinal) + "  date: 2025-12-15\n".Length - source);
        // A commitment without a file of its own, which only this brief records: its warning points into the brief.
        site.Write(Brief, text.Replace("commitments:\n", "commitments:\n  - id: uk-sourceless-pledge\n    by: united-kingdom\n    text: \"A pledge\"\n    status: pledged\n"));

        var session = new SiteSession(site.Options() with { OutputPath = site.OutputPath });
        var graph = session.Build().Graph;
        site.Write(Brief, site.Read(Brief).Replace("title: \"Starmer: a peace deal", "# Two lines more.\n# The warnings move down.\ntitle: \"Starmer: any peace deal"));

        var result = session.Rebuild([Path.Combine(site.Root, Brief)]);
        session.Settle();

        Assert.Same(graph, result.Graph);
        Assert.Contains(result.Diagnostics, d => d.Code == Diagnostics.Codes.CommitmentWithoutSource && d.File == Brief);
        Assert.Equal(site.Analyze().Diagnostics, result.Diagnostics);
        AssertSameAsFullBuild(site, "title of a brief with sourceless commitments");
    }

    /// <summary>
    /// serve stops the session before it removes its temporary folder: a data refresh still in line would otherwise
    /// write the search index and API files into the folder again once it is gone.
    /// </summary>
    [Fact]
    public void A_stopped_session_writes_no_data_file_after_its_output_folder_is_removed()
    {
        using var site = SampleSite.Copy();
        var session = new SiteSession(site.Options() with { OutputPath = site.OutputPath });
        Assert.True(session.Build().Succeeded);
        var changed = Apply(site, "brief body");
        session.Rebuild(changed.Select(p => Path.Combine(site.Root, p)).ToList());

        session.Stop();
        Directory.Delete(site.OutputPath, recursive: true);
        session.Settle();

        Assert.False(Directory.Exists(site.OutputPath));
    }

    /// <summary>
    /// The same, stopped at every moment of a refresh: a refresh stopped while it made its files put them back in line,
    /// and the Settle after Stop wrote them into the removed folder (a clean-clone CI run caught it once in 1,332 tests).
    /// </summary>
    [Fact]
    public void A_refresher_stopped_at_any_moment_writes_nothing_after_it_returns()
    {
        using var site = SampleSite.Copy();
        var graph = new SiteSession(site.Options() with { OutputPath = site.OutputPath }).Build().Graph!;
        Exception? failure = null;
        // A thread of its own: from a pool thread, the refresh would wait in that thread's queue while the test spins.
        var stopper = new Thread(() => failure = Record.Exception(() =>
        {
            // Stop points spread over a warm refresh's length, measured here: a few milliseconds, finer than a sleep's step.
            var length = TimeSpan.Zero;
            for (var run = 0; run < 3; run++)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var refresher = new DataRefresher();
                refresher.Schedule(graph, new InPlaceWriter(OutputManifest.Of(Path.Combine(site.Root, "data"), [])));
                refresher.Settle();
                length = clock.Elapsed;
            }

            for (var step = 0; step < 40; step++)
            {
                var delay = length * step / 40;
                var folder = Path.Combine(site.Root, "data-" + step);
                Directory.CreateDirectory(folder);
                var refresher = new DataRefresher();
                refresher.Schedule(graph, new InPlaceWriter(OutputManifest.Of(folder, [])));
                for (var clock = System.Diagnostics.Stopwatch.StartNew(); clock.Elapsed < delay;)
                {
                    Thread.SpinWait(20);
                }

                refresher.Stop();
                Directory.Delete(folder, recursive: true);
                refresher.Settle();

                Assert.False(Directory.Exists(folder), $"a refresh stopped {delay.TotalMilliseconds:0.00} ms into {length.TotalMilliseconds:0.00} wrote after Stop returned");
            }
        }));
        stopper.Start();
        stopper.Join();

        Assert.Null(failure);
    }

    /// <summary>
    /// A speaker added whom nothing mentioned before: the graph is updated in place, the person's page lists the brief,
    /// and the warning that nothing mentions them goes, as after a full build.
    /// </summary>
    [Fact]
    public void A_speaker_added_whom_nothing_mentioned_updates_the_graph_and_drops_the_warning()
    {
        using var site = SampleSite.Copy();
        site.Write("content/people/ada-lovelace.md", "---\nname: Ada Lovelace\n---\n");
        var session = new SiteSession(site.Options() with { OutputPath = site.OutputPath });
        var built = session.Build();
        Assert.Contains(built.Diagnostics, d => d.Code == Diagnostics.Codes.Unmentioned && d.File == "content/people/ada-lovelace.md");

        site.Write(Brief, site.Read(Brief).Replace("speakers: [keir-starmer]", "speakers: [keir-starmer, ada-lovelace]"));
        var result = session.Rebuild([Path.Combine(site.Root, Brief)]);
        session.Settle();

        Assert.Same(built.Graph, result.Graph);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == Diagnostics.Codes.Unmentioned && d.File == "content/people/ada-lovelace.md");
        Assert.Equal(site.Analyze().Diagnostics, result.Diagnostics);
        AssertSameAsFullBuild(site, "speaker whom nothing mentioned");
    }

    /// <summary>
    /// Speakers changed at random on a generated site of 300 briefs and 40 people, in pages of three: each edit updates the
    /// graph in place, and after each the site is file for file what a full build makes (people's lists, who appears with
    /// whom, related briefs, list pages that come and go).
    /// </summary>
    [Fact]
    public void Speakers_changed_at_random_update_the_graph_in_place_and_give_the_site_a_full_build_gives()
    {
        using var site = TestSite.Create(GeneratedSite.Files(300, seed: 23));
        site.Write("site.config.yml", site.Read("site.config.yml") + "paginate: 3\n");
        var session = new SiteSession(site.Options() with { OutputPath = site.OutputPath });
        var graph = session.Build().Graph;
        var random = new Random(23);
        for (var edit = 0; edit < 6; edit++)
        {
            var file = $"content/briefs/{Path.GetFileName(Directory.GetFiles(Path.Combine(site.Root, "content/briefs"), $"*-b{random.Next(300)}.md").Single())}";
            var speakers = string.Join(", ", Enumerable.Range(0, random.Next(1, 5)).Select(_ => $"p{random.Next(40)}").Distinct());
            var text = site.Read(file);
            var line = text.IndexOf("speakers: [", StringComparison.Ordinal);
            site.Write(file, text[..line] + $"speakers: [{speakers}]" + text[text.IndexOf('\n', line)..]);

            var result = session.Rebuild([Path.Combine(site.Root, file)]);
            session.Settle();

            Assert.True(result.Succeeded);
            Assert.Same(graph, result.Graph);
            AssertSameAsFullBuild(site, $"speakers of {file} set to [{speakers}]");
        }
    }

    /// <summary>A speaker the site has no file for is the checker's error: the rebuild reads the whole site and reports it.</summary>
    [Fact]
    public void An_unknown_speaker_added_is_reported_as_a_full_build_reports_it()
    {
        using var site = SampleSite.Copy();
        var session = new SiteSession(site.Options() with { OutputPath = site.OutputPath });
        var graph = session.Build().Graph;

        site.Write(Brief, site.Read(Brief).Replace("speakers: [keir-starmer]", "speakers: [keir-starmer, nobody-known]"));
        var result = session.Rebuild([Path.Combine(site.Root, Brief)]);

        Assert.False(result.Succeeded);
        Assert.NotSame(graph, result.Graph);
        Assert.Equal(site.Analyze().Diagnostics, result.Diagnostics);
    }

    [Fact]
    public void After_a_failed_rebuild_an_edit_to_another_brief_does_not_hide_the_error()
    {
        using var site = SampleSite.Copy();
        var session = new SiteSession(site.Options() with { OutputPath = site.OutputPath });
        Assert.True(session.Build().Succeeded);
        const string other = "content/briefs/2025-12-08-downing-street-show-of-support.md";
        site.Write(other, site.Read(other).Replace("date: 2025-12-08", "date: 2025-13-08"));
        Assert.False(session.Rebuild([Path.Combine(site.Root, other)]).Succeeded);

        var result = Rebuild(session, site, "brief title");

        Assert.False(result.Succeeded);
    }

    private static BuildResult Rebuild(SiteSession session, TestSite site, string edit)
    {
        var changed = Apply(site, edit);
        var result = session.Rebuild(changed.Select(p => Path.Combine(site.Root, p)).ToList());
        session.Settle();
        return result;
    }

    private static void AssertSameAsFullBuild(TestSite site, string edit)
    {
        var fullOutput = Path.Combine(site.Root, "full");
        if (Directory.Exists(fullOutput))
        {
            Directory.Delete(fullOutput, recursive: true);
        }

        var full = BuiltSite.From(site.ConfigPath, fullOutput);
        var incremental = Directory.GetFiles(site.OutputPath, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.OutputPath, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(full.Files().Select(f => f.Replace('/', Path.DirectorySeparatorChar)), incremental);
        foreach (var file in full.Files())
        {
            Assert.True(File.ReadAllText(Path.Combine(full.Output, file)) == File.ReadAllText(Path.Combine(site.OutputPath, file)), $"{edit}: {file} differs from a full build");
        }
    }

    /// <summary>The home page shows the latest ten briefs: a brief whose new date puts it among them was not on it before.</summary>
    [Fact]
    public void A_brief_dated_anew_into_the_latest_reaches_the_home_page()
    {
        using var site = TestSite.Create(string.Concat(Enumerable.Range(1, 12).Select(day =>
            $"-- content/briefs/2025-12-{day:D2}-day-{day}.md --\n---\ntitle: Day {day}\ndate: 2025-12-{day:D2}\n---\n")));
        var session = new SiteSession(site.Options() with { OutputPath = site.OutputPath });
        Assert.True(session.Build().Succeeded);

        const string oldest = "content/briefs/2025-12-01-day-1.md";
        site.Write(oldest, site.Read(oldest).Replace("date: 2025-12-01", "date: 2025-12-31"));
        Assert.True(session.Rebuild([Path.Combine(site.Root, oldest)]).Succeeded);
        session.Settle();

        var full = BuiltSite.From(site.ConfigPath, Path.Combine(site.Root, "full"));
        Assert.Contains("Day 1<", full.Read("index.html"));
        Assert.Equal(full.Read("index.html"), site.Read("_site/index.html"));
    }

    [Fact]
    public void A_rebuild_never_overwrites_a_file_the_tool_did_not_write()
    {
        using var site = SampleSite.Copy();
        var session = new SiteSession(site.Options() with { OutputPath = site.OutputPath });
        Assert.True(session.Build().Succeeded);
        site.Write("_site/briefs/hand-made/index.html", "written by hand");
        site.Write("content/briefs/2025-12-16-hand-made.md", "---\ntitle: Hand made\ndate: 2025-12-16\n---\nBody.\n");

        var result = session.Rebuild([Path.Combine(site.Root, "content/briefs/2025-12-16-hand-made.md")]);
        session.Settle();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == Diagnostics.Codes.OutputNotOwned && d.Message.Contains("holds 'briefs/hand-made/index.html', which Briefings did not write"));
        Assert.Equal("written by hand", site.Read("_site/briefs/hand-made/index.html"));
    }

    [Fact]
    public void A_title_edit_renders_only_the_pages_that_show_the_brief()
    {
        using var site = SampleSite.Copy();
        var session = new SiteSession(site.Options() with { OutputPath = site.OutputPath });
        var first = session.Build();
        var untouched = Path.Combine(site.OutputPath, "organizations/france/index.html");
        var past = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(untouched, past);

        Apply(site, "brief title");
        var result = session.Rebuild([Path.Combine(site.Root, Brief)]);

        Assert.True(result.Succeeded);
        Assert.True(result.Pages < first.Pages, $"rendered {result.Pages} of {first.Pages} pages");
        Assert.Equal(past, File.GetLastWriteTimeUtc(untouched));
        var showingTitle = Directory.GetFiles(site.OutputPath, "*.html", SearchOption.AllDirectories)
            // An excerpt of a brief that links it shows its title too, cut where the sentence runs long.
            .Where(f => File.ReadAllText(f) is var html && (html.Contains("Starmer: any peace deal", StringComparison.Ordinal) || html.Contains("Starmer: any…", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(site.OutputPath, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(showingTitle, result.ChangedFiles.Where(f => f.EndsWith(".html", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_content_error_keeps_the_last_good_site_and_the_next_fix_rebuilds()
    {
        using var site = SampleSite.Copy();
        var session = new SiteSession(site.Options() with { OutputPath = site.OutputPath });
        session.Build();
        var page = Path.Combine(site.OutputPath, "briefs/starmer-peace-deal-needs-robust-guarantees/index.html");
        var before = File.ReadAllText(page);

        site.Write(Brief, site.Read(Brief).Replace("speakers: [keir-starmer]", "speakers: [keir-starmr]"));
        var broken = session.Rebuild([Path.Combine(site.Root, Brief)]);
        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Diagnostics, d => d.Code == Diagnostics.Codes.UnknownReference);
        Assert.Equal(before, File.ReadAllText(page));

        site.Write(Brief, site.Read(Brief).Replace("speakers: [keir-starmr]", "speakers: [keir-starmer]").Replace("told MPs on Monday", "told MPs on Tuesday"));
        var fixedResult = session.Rebuild([Path.Combine(site.Root, Brief)]);
        Assert.True(fixedResult.Succeeded);
        Assert.Contains("told MPs on Tuesday", File.ReadAllText(page));
    }

    /// <summary>Makes one kind of edit to the sample copy and returns the files it touched.</summary>
    private static string[] Apply(TestSite site, string edit)
    {
        switch (edit)
        {
            case "brief title":
                site.Write(Brief, site.Read(Brief).Replace("title: \"Starmer: a peace deal", "title: \"Starmer: any peace deal"));
                return [Brief];
            case "brief body":
                site.Write(Brief, site.Read(Brief).Replace("told MPs on Monday", "told MPs on Tuesday"));
                return [Brief];
            case "new brief":
                site.Write("content/briefs/2025-12-16-follow-up.md", "---\ntitle: Follow-up\ndate: 2025-12-16\nspeakers: [keir-starmer]\ntopics: [security-guarantees]\n" +
                    "commitments:\n  - id: uk-troops-for-ukraine\n    by: united-kingdom\n    status: pledged\n---\nStarmer followed up.\n");
                return ["content/briefs/2025-12-16-follow-up.md"];
            case "deleted brief":
                site.Delete("content/briefs/2025-12-16-follow-up.md");
                return ["content/briefs/2025-12-16-follow-up.md"];
            case "person name":
                site.Write("content/people/friedrich-merz.md", site.Read("content/people/friedrich-merz.md").Replace("name: \"Friedrich Merz\"", "name: \"Friedrich M. Merz\""));
                return ["content/people/friedrich-merz.md"];
            case "person organization":
                site.Write("content/people/blaise-metreweli.md", site.Read("content/people/blaise-metreweli.md").Replace("organization: mi6", "organization: uk-government"));
                return ["content/people/blaise-metreweli.md"];
            case "commitment status":
                // Open to open: an open commitment becoming closed (delivered) can leave the stale list, which rebuilds the graph.
                site.Write(Brief, site.Read(Brief).Replace("    status: pledged", "    status: in-progress"));
                return [Brief];
            case "new quote":
                site.Write(Brief, site.Read(Brief).Replace("quotes:\n", "quotes:\n  - by: keir-starmer\n    text: \"A new quote.\"\n"));
                return [Brief];
            case "new topic on a brief":
                site.Write(Brief, site.Read(Brief).Replace("topics: [", "topics: [brand-new-topic, "));
                return [Brief];
            case "topic title":
                site.Write("content/topics/security-guarantees.md", site.Read("content/topics/security-guarantees.md").Replace("title: ", "title: Renamed "));
                return ["content/topics/security-guarantees.md"];
            case "new link to a commitment":
                // A brief that records no entry of the commitment: its page lists the brief under "Also mentioned in".
                site.Write(Brief, site.Read(Brief).Replace("told MPs on Monday that", "told MPs on Monday, after Ukraine's [[ukraine-drop-nato-bid|offer on NATO]], that"));
                return [Brief];
            case "text beside a link to a commitment":
                // The graph is updated in place; the commitment's page shows the sentence, which changed.
                site.Write(Brief, site.Read(Brief).Replace("told MPs on Monday, after", "told MPs on Tuesday, after"));
                return [Brief];
            case "new link to a brief":
                // The linked brief's page lists the brief that now links to it.
                site.Write(Brief, site.Read(Brief).Replace("told MPs on Monday", "told MPs on Monday (see [[downing-street-show-of-support]])"));
                return [Brief];
            case "earlier commitment status":
                // Later briefs' cards show the status this entry had, which they changed or restated.
                const string first = "content/briefs/2025-12-08-downing-street-show-of-support.md";
                site.Write(first, site.Read(first).Replace("    status: proposed", "    status: offered"));
                return [first];
            case "new speaker":
                site.Write(Brief, site.Read(Brief).Replace("speakers: [keir-starmer]", "speakers: [keir-starmer, friedrich-merz]"));
                return [Brief];
            case "removed quote":
                var text = site.Read(Brief);
                // The first quote: the second has an id another brief embeds it by.
                var firstQuote = text.IndexOf("  - by: keir-starmer\n    text: \"European history", StringComparison.Ordinal);
                site.Write(Brief, text.Remove(firstQuote, text.IndexOf("  - id: starmer-robust-guarantees", StringComparison.Ordinal) - firstQuote));
                return [Brief];
            case "quote text":
                site.Write(Brief, site.Read(Brief).Replace("European history is full of", "European history is littered with"));
                return [Brief];
            case "commitment note":
                site.Write(Brief, site.Read(Brief).Replace("Starmer reiterated the call on Monday.", "Starmer repeated the call on Monday."));
                return [Brief];
            case "linked brief title":
                // Another brief links to it without a label, so its body shows the title.
                const string linked = "content/briefs/2025-12-15-europe-responds-to-us-security-strategy.md";
                site.Write(linked, site.Read(linked).Replace("title: \"", "title: \"Renamed: "));
                return [linked];
            case "brief date, to the newest":
                site.Write(Brief, site.Read(Brief).Replace("date: 2025-12-15", "date: 2025-12-20"));
                return [Brief];
            case "brief date, to an earlier month":
                // The brief that first mentions its commitment, so that it still may move earlier.
                const string mi6 = "content/briefs/2025-12-15-mi6-chief-putin-dragging-out-negotiations.md";
                site.Write(mi6, site.Read(mi6).Replace("date: 2025-12-15", "date: 2025-11-30"));
                return [mi6];
            case "organization match phrase":
                const string germany = "content/organizations/germany.md";
                site.Write(germany, site.Read(germany).Replace("match: [", "match: [\"Berlin\", "));
                return [germany];
            case "embedded quote text":
                // The Berlin brief embeds this quote: its card shows the new text, though its own file did not change.
                site.Write(Brief, site.Read(Brief).Replace("Peace agreements fail, in my view,", "Peace agreements fail, I think,"));
                return [Brief];
            case "embedded commitment status":
                // ... and this commitment, whose card shows the status the whole timeline now gives it.
                const string offer = "content/briefs/2025-12-14-zelenskyy-offers-to-drop-nato-bid.md";
                site.Write(offer, site.Read(offer).Replace("    status: offered", "    status: pledged"));
                return [offer];
            case "commitment status, to one other commitments have":
                // The commitment moves from one status's list to another's: in pages of two, a page of the list it joins
                // comes, and the sitemap lists it with the date of its newest commitment.
                site.Write(Brief, site.Read(Brief).Replace("    status: pledged", "    status: offered"));
                return [Brief];
            case "latest update date":
                // The brief page's lastmod in the sitemap is its latest update's date.
                const string berlin = "content/briefs/2025-12-15-berlin-talks-not-easy-but-productive.md";
                site.Write(berlin, site.Read(berlin).Replace("  - date: 2025-12-16", "  - date: 2025-12-17"));
                return [berlin];
            default:
                throw new ArgumentOutOfRangeException(nameof(edit));
        }
    }
}
