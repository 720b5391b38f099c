using Briefings.Graph;
using Briefings.Writing;

namespace Briefings.Outputs.Search;

/// <summary>
/// The client-side search index, built at build time and split so that a query downloads only what it touches, as
/// Pagefind splits its index: a small manifest (<see cref="SearchManifest"/>), the vocabulary by letter
/// (<see cref="Vocabulary"/>), the posting lists in chunks of neighbouring terms (<see cref="PostingChunks"/>), the
/// records the page shows in blocks by document number (<see cref="Records"/>), and what the filters need
/// (<see cref="FilterValues"/>, <see cref="DateRuns"/>). The whole index is never held as one file: record blocks
/// are written as their documents are indexed, posting chunks as they fill. docs/data.md describes the files.
/// </summary>
public static class SearchIndex
{
    public const string Path = "search/index.js";

    public const string Prefix = "window.briefingsSearchIndex=";

    public static void Write(ContentGraph graph, IOutputWriter writer) => Write(graph, writer, PostingChunks.Target, Records.Block, PostingHeads.Size, PostingChunks.Target);

    /// <summary>
    /// The index with chunks of about <paramref name="chunkTarget"/> bytes, record blocks of <paramref name="block"/>
    /// documents, and heads of <paramref name="head"/> postings for lists over <paramref name="splitAbove"/> bytes: tests
    /// make them small, so that a small site's index spans many chunks and splits many lists.
    /// </summary>
    internal static void Write(ContentGraph graph, IOutputWriter writer, int chunkTarget, int block, int head, int splitAbove)
    {
        var documents = SearchDocuments.From(graph);
        var terms = new TermTable();
        var hashes = new ChunkHashes();
        Index(documents, terms, writer, hashes, block);
        var all = documents.All;

        var postings = PostingLists.Build(all, terms.Count);
        var names = terms.Names;
        var sorted = Enumerable.Range(0, terms.Count).Order(Comparer<int>.Create((a, b) => string.CompareOrdinal(names[a], names[b]))).ToList();
        // Filter values are terms with a ':', which no word has.
        var words = sorted.Where(term => !names[term].Contains(':')).ToList();
        var filters = sorted.Where(term => names[term].Contains(':')).ToList();
        var wordChunks = PostingChunks.Write(writer, hashes, "t", words, names, postings, terms.Count, chunkTarget, head, splitAbove);
        // A filter needs its whole list before it can pass a document, so a filter value's list is never split.
        var filterChunks = PostingChunks.Write(writer, hashes, "f", filters, names, postings, terms.Count, chunkTarget);
        var vocabulary = Vocabulary.Write(writer, hashes, words, names, wordChunks);
        FilterValues.Write(writer, hashes, filters, names, filterChunks.Chunk, documents.Labels);
        DateRuns.Write(writer, hashes, all);
        SearchManifest.Write(writer, hashes.Version(), Starts(all), block, vocabulary);
    }

    /// <summary>
    /// Tokenizes every document, one worker per core each taking the next few documents in turn, rather than
    /// Parallel.ForEach's task replicas, so that each worker's term cache and buffers are made once and stay warm;
    /// each takes two whole record blocks at a time and writes them once indexed.
    /// </summary>
    private static void Index(SearchDocuments documents, TermTable terms, IOutputWriter writer, ChunkHashes hashes, int block)
    {
        var take = 2 * block;
        var next = 0;
        Parallel.For(0, Environment.ProcessorCount, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, _ =>
        {
            var scratch = new IndexScratch();
            int start;
            while ((start = Interlocked.Add(ref next, take) - take) < documents.Count)
            {
                var end = Math.Min(start + take, documents.Count);
                for (var id = start; id < end; id++)
                {
                    documents.Make(id).Index(terms, scratch);
                }

                for (var number = start / block; number * block < end; number++)
                {
                    Records.Write(writer, hashes, documents, number, block);
                }
            }
        });
    }

    /// <summary>The number of each kind's first document, and after them the count of all.</summary>
    private static List<int> Starts(IReadOnlyList<SearchDocument> documents)
    {
        var starts = new List<int>();
        var at = 0;
        foreach (var kind in SearchKinds.All)
        {
            starts.Add(at);
            while (at < documents.Count && documents[at].Kind == kind)
            {
                at++;
            }
        }

        if (at != documents.Count)
        {
            throw new InvalidOperationException("Search documents must come grouped by kind, in the order of SearchKind.");
        }

        starts.Add(at);
        return starts;
    }
}
