using Briefings.Content;
using Briefings.Outputs.Search;
using Briefings.Tests.Support;

namespace Briefings.Tests.Search;

/// <summary>The split search index of the sample site, read back file by file and held to one index made the simple way.</summary>
public sealed class SearchIndexTests
{
    private static BuiltSite Site => SampleSite.Built;

    [Fact]
    public void Varints_read_back_what_was_written_at_every_length()
    {
        int[] values = [0, 1, 0x7F, 0x80, 0x3FFF, 0x4000, 0x1FFFFF, 0x200000, 0x0FFFFFFF, 0x10000000, int.MaxValue];
        var bytes = new byte[values.Sum(Varints.Length)];
        var at = 0;
        foreach (var value in values)
        {
            at = Varints.Write(bytes, at, value);
        }

        Assert.Equal(bytes.Length, at);
        var read = new List<int>();
        for (var i = 0; i < bytes.Length;)
        {
            read.Add(Varints.Read(bytes, ref i));
        }

        Assert.Equal(values, read);
    }

    [Fact]
    public void Index_holds_every_topic_brief_person_organization_quote_and_commitment_with_its_record()
    {
        var graph = Site.Result.Graph!;
        var index = SearchIndexFiles.Read(Site.Output);
        var counts = index.Kinds.Select((kind, k) => (kind, count: index.Starts[k + 1] - index.Starts[k])).ToDictionary(x => x.kind, x => x.count);
        Assert.Equal(graph.Topics.Count, counts["topic"]);
        Assert.Equal(graph.People.Count, counts["person"]);
        Assert.Equal(graph.Organizations.Count, counts["organization"]);
        Assert.Equal(graph.Briefs.Count, counts["brief"]);
        Assert.Equal(graph.Briefs.Sum(b => b.Brief.Quotes.Count), counts["quote"]);
        Assert.Equal(graph.Commitments.Count, counts["commitment"]);

        var records = index.Records();
        Assert.Equal(SingleSearchIndex.Of(graph).Documents.Select(d => d.Url), records.Select(r => r[1]));
        var brief = graph.BriefsBySlug["starmer-peace-deal-needs-robust-guarantees"];
        var record = records.Single(r => r[1] == brief.Url);
        Assert.Equal(brief.Brief.Title, record[0]);
        Assert.StartsWith(brief.Brief.Summary!, record[3]);
        Assert.InRange(record[3].Length, brief.Brief.Summary!.Length + 1, SearchDocument.ExcerptLength + 1);
    }

    [Fact]
    public void Index_is_under_a_quarter_of_the_html_it_covers_and_its_manifest_under_a_kilobyte()
    {
        var index = SearchIndexFiles.Read(Site.Output);
        var html = Site.HtmlFiles().Sum(f => new FileInfo(Path.Combine(Site.Output, f)).Length);
        var size = index.Files.Values.Sum(f => (long)f.Length);
        Assert.True(size * 4 < html, $"index {size:N0} bytes, HTML {html:N0} bytes");
        Assert.True(index.Files[SearchIndex.Path].Length < 1024, $"manifest {index.Files[SearchIndex.Path].Length:N0} bytes");
    }

    [Theory]
    [InlineData(PostingChunks.Target, Records.Block, PostingHeads.Size)]
    [InlineData(64, 3, 4)]
    [InlineData(64, 3, 1)]
    public void Chunks_hold_exactly_the_postings_of_one_index(int chunkTarget, int block, int head)
    {
        var graph = SampleSite.Analyze().Graph!;
        var index = SearchIndexFiles.Write(graph, chunkTarget, block, head, splitAbove: chunkTarget / 8);
        var single = SingleSearchIndex.Of(graph);
        AssertSame(single.Words, index.Postings("t"));
        AssertSame(single.Filters, index.Postings("f"));
        if (chunkTarget < 100)
        {
            Assert.True(index.Names("t").Count() > 50, "small chunks must split the sample's postings");
            Assert.True(index.Split().Count > 5, "a low limit must split the sample's long lists");
        }
    }

    [Fact]
    public void A_long_lists_head_holds_the_postings_it_ranks_first_and_nothing_else_shares_its_tail()
    {
        var graph = SampleSite.Analyze().Graph!;
        var index = SearchIndexFiles.Write(graph, chunkTarget: 64, block: 3, head: 4, splitAbove: 8);
        var single = SingleSearchIndex.Of(graph).Words;
        var split = index.Split();
        Assert.Contains(split.Values, s => s.Head.Select(p => p.Weight).Distinct().Count() > 1);
        foreach (var (term, (head, tail, count)) in split)
        {
            var ranked = single[term].OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(4).OrderBy(p => p.Key).Select(p => (p.Key, p.Value));
            Assert.Equal(ranked, head);
            Assert.Equal(single[term].Count, count);
        }

        Assert.Equal(split.Values.Select(s => $"{PostingChunks.Tails}/{s.Tail}").Order(StringComparer.Ordinal), index.Names(PostingChunks.Tails));
    }

    [Fact]
    public void Every_word_is_in_the_vocabulary_files_of_its_first_second_and_last_letter_with_its_chunk()
    {
        var graph = SampleSite.Analyze().Graph!;
        var index = SearchIndexFiles.Write(graph, chunkTarget: 64, block: 3, head: 4, splitAbove: 8);
        var chunkOf = index.Names("t").SelectMany(name => index.Chunk(name).GetProperty("terms").EnumerateArray()
            .Select(t => (Term: t.GetString()!, Chunk: int.Parse(name[2..], System.Globalization.CultureInfo.InvariantCulture)))).ToDictionary(x => x.Term, x => x.Chunk);
        var split = index.Split();
        foreach (var (family, key) in Vocabulary.Families)
        {
            var units = index.Manifest.GetProperty("vocabulary").GetProperty(family).EnumerateArray().Select(u => u.GetInt32()).ToList();
            Assert.Equal(units.Order(), units);
            var listed = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var unit in units)
            {
                var file = index.Chunk($"v/{family}{unit}");
                var terms = file.GetProperty("terms").EnumerateArray().Select(t => t.GetString()!).ToList();
                var chunks = file.GetProperty("chunks").EnumerateArray().Select(c => c.GetInt32() < 0 ? -c.GetInt32() - 1 : c.GetInt32()).ToList();
                Assert.Equal(terms.Select(split.ContainsKey), file.GetProperty("chunks").EnumerateArray().Select(c => c.GetInt32() < 0));
                Assert.Equal(terms.Order(StringComparer.Ordinal), terms);
                Assert.All(terms, t => Assert.Equal(unit, key(t)));
                terms.Zip(chunks).ToList().ForEach(pair => listed.Add(pair.First, pair.Second));
            }

            Assert.Equal(chunkOf.OrderBy(p => p.Key, StringComparer.Ordinal), listed.OrderBy(p => p.Key, StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Filter_values_name_their_chunk_and_dates_give_each_dated_document_its_date()
    {
        var graph = SampleSite.Analyze().Graph!;
        var index = SearchIndexFiles.Write(graph, chunkTarget: 64, block: 3);
        var filters = index.Postings("f");
        var facets = index.Chunk(FilterValues.Name);
        foreach (var filter in new[] { "speaker", "topic", "status" })
        {
            var values = facets.GetProperty(filter).EnumerateArray().ToList();
            Assert.Equal(filters.Keys.Count(k => k.StartsWith(filter + ":", StringComparison.Ordinal)), values.Count);
            foreach (var value in values)
            {
                var term = $"{filter}:{value[0].GetString()}";
                var terms = index.Chunk($"f/{value[2].GetInt32()}").GetProperty("terms").EnumerateArray().Select(t => t.GetString());
                Assert.Contains(term, terms);
            }
        }

        Assert.Contains(facets.GetProperty("speaker").EnumerateArray(), v => v[0].GetString() == "keir-starmer" && v[1].GetString() == "Keir Starmer");
        Assert.Equal(CommitmentStatuses.All.Where(s => graph.Commitments.Any(c => c.CurrentStatus == s)).Select(s => s.Slug()),
            facets.GetProperty("status").EnumerateArray().Select(v => v[0].GetString()!));

        var dates = index.Chunk(DateRuns.Name);
        var documents = SearchDocuments.From(graph).All;
        foreach (var kind in SearchKinds.Dated)
        {
            var days = new List<int>();
            var numbers = SearchIndexFiles.Varints(Convert.FromBase64String(dates.GetProperty(kind.Name()).GetString()!));
            var day = 0;
            for (var i = 0; i < numbers.Count; i += 2)
            {
                day = i == 0 ? numbers[i] : day - numbers[i];
                days.AddRange(Enumerable.Repeat(day, numbers[i + 1]));
            }

            Assert.Equal(documents.Where(d => d.Kind == kind).Select(d => d.Date!.Value.DayNumber), days);
        }
    }

    [Fact]
    public void The_same_graph_gives_the_same_files()
    {
        var graph = SampleSite.Analyze().Graph!;
        var first = SearchIndexFiles.Write(graph).Files;
        var second = SearchIndexFiles.Write(graph).Files;
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        Assert.All(first, file => Assert.Equal(file.Value, second[file.Key]));
    }

    [Fact]
    public void A_document_is_made_when_the_index_comes_to_it_and_gives_up_its_text_once_indexed()
    {
        var graph = SampleSite.Analyze().Graph!;
        var documents = SearchDocuments.From(graph);
        var last = documents.Count - 1;
        Assert.Equal(0, documents.Made);
        var document = documents.Make(last);
        Assert.Same(document, documents.Make(last));
        Assert.Equal(1, documents.Made);
        Assert.NotEmpty(document.Fields());

        document.Index(new TermTable(), new IndexScratch());
        Assert.NotEmpty(document.Terms);
        Assert.Throws<InvalidOperationException>(() => document.Fields().ToList());
        Assert.Throws<InvalidOperationException>(() => document.Add("more", SearchDocument.Body));
    }

    private static void AssertSame(SortedDictionary<string, SortedDictionary<int, int>> expected, Dictionary<string, List<(int Document, int Weight)>> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (term, postings) in expected)
        {
            Assert.Equal(postings.Select(p => (p.Key, p.Value)), actual[term]);
        }
    }
}
