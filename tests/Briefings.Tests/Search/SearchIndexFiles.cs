using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Briefings.Graph;
using Briefings.Outputs.Search;
using Briefings.Writing;

namespace Briefings.Tests.Search;

/// <summary>The files of a written search index, read back as the page reads them: the manifest and any chunk by name.</summary>
public sealed class SearchIndexFiles
{
    private readonly IReadOnlyDictionary<string, byte[]> _files;

    private SearchIndexFiles(IReadOnlyDictionary<string, byte[]> files)
    {
        _files = files;
        var manifest = Encoding.UTF8.GetString(files[SearchIndex.Path]);
        Assert.StartsWith(SearchIndex.Prefix, manifest);
        Manifest = JsonDocument.Parse(manifest[SearchIndex.Prefix.Length..].TrimEnd().TrimEnd(';')).RootElement;
    }

    public JsonElement Manifest { get; }

    /// <summary>Every file of the index by its path in the site (<c>search/t/0.js</c>), the manifest among them.</summary>
    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public IReadOnlyList<string> Kinds => Manifest.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()!).ToList();

    public IReadOnlyList<int> Starts => Manifest.GetProperty("starts").EnumerateArray().Select(s => s.GetInt32()).ToList();

    public int Count => Starts[^1];

    /// <summary>The index <see cref="SearchIndex"/> writes for <paramref name="graph"/>, in memory.</summary>
    public static SearchIndexFiles Write(ContentGraph graph, int chunkTarget = PostingChunks.Target, int block = global::Briefings.Outputs.Search.Records.Block,
        int head = PostingHeads.Size, int splitAbove = PostingChunks.Target)
    {
        var writer = new MemoryWriter();
        SearchIndex.Write(graph, writer, chunkTarget, block, head, splitAbove);
        return new SearchIndexFiles(writer.Files);
    }

    /// <summary>The index in a built site's folder.</summary>
    public static SearchIndexFiles Read(string output)
    {
        var folder = Path.Combine(output, "search");
        return new SearchIndexFiles(Directory.GetFiles(folder, "*.js", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(output, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal));
    }

    /// <summary>The data of chunk <paramref name="name"/> (<c>t/0</c>), checked to name itself as the page expects.</summary>
    public JsonElement Chunk(string name)
    {
        var text = Encoding.UTF8.GetString(_files[$"search/{name}.js"]);
        var prefix = $"briefingsSearchChunk(\"{name}\",";
        Assert.StartsWith(prefix, text);
        Assert.EndsWith(");\n", text);
        return JsonDocument.Parse(text[prefix.Length..^3]).RootElement;
    }

    public IEnumerable<string> Names(string folder) =>
        _files.Keys.Where(k => k.StartsWith($"search/{folder}/", StringComparison.Ordinal)).Select(k => k["search/".Length..^".js".Length]).Order(StringComparer.Ordinal);

    /// <summary>
    /// Every word whose list is split, as the vocabulary of first letters gives them (chunk -n-1), with its head, the
    /// number n of its head's chunk and tail's file, and the count of documents its head's chunk gives.
    /// </summary>
    public Dictionary<string, (List<(int Document, int Weight)> Head, int Tail, int Count)> Split()
    {
        var heads = Postings("t", whole: false);
        var split = new Dictionary<string, (List<(int, int)>, int, int)>(StringComparer.Ordinal);
        foreach (var unit in Manifest.GetProperty("vocabulary").GetProperty("f").EnumerateArray())
        {
            var file = Chunk($"v/f{unit.GetInt32()}");
            foreach (var (term, place) in file.GetProperty("terms").EnumerateArray().Zip(file.GetProperty("chunks").EnumerateArray()))
            {
                if (place.GetInt32() < 0)
                {
                    var n = -place.GetInt32() - 1;
                    var chunk = Chunk($"t/{n}");
                    Assert.Equal([term.GetString()], chunk.GetProperty("terms").EnumerateArray().Select(t => t.GetString()));
                    split.Add(term.GetString()!, (heads[term.GetString()!], n, chunk.GetProperty("count").GetInt32()));
                }
            }
        }

        return split;
    }

    /// <summary>
    /// Every term of the posting chunks of <paramref name="folder"/> (t: words, f: filter values), with its documents
    /// and weights: a split list's head and tail put back together unless <paramref name="whole"/> is false.
    /// </summary>
    public Dictionary<string, List<(int Document, int Weight)>> Postings(string folder, bool whole = true)
    {
        if (whole && folder == "t")
        {
            var lists = Postings(folder, whole: false);
            foreach (var (term, (head, tail, count)) in Split())
            {
                var rest = Chunk($"{PostingChunks.Tails}/{tail}");
                Assert.Equal([term], rest.GetProperty("terms").EnumerateArray().Select(t => t.GetString()));
                var merged = head.Concat(Decode(Convert.FromBase64String(rest.GetProperty("postings")[0].GetString()!))).OrderBy(p => p.Item1).ToList();
                Assert.Equal(count, merged.Count);
                lists[term] = merged;
            }

            return lists;
        }

        var all = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        foreach (var name in Names(folder))
        {
            var chunk = Chunk(name);
            var terms = chunk.GetProperty("terms").EnumerateArray().Select(t => t.GetString()!).ToList();
            var lists = chunk.GetProperty("postings").EnumerateArray().Select(p => Decode(Convert.FromBase64String(p.GetString()!))).ToList();
            Assert.Equal(terms.Count, lists.Count);
            for (var i = 0; i < terms.Count; i++)
            {
                Assert.True(all.TryAdd(terms[i], lists[i]), $"{terms[i]} is in two chunks");
            }
        }

        return all;
    }

    /// <summary>Every record, [title, url, subtitle, excerpt], by document number.</summary>
    public IReadOnlyList<string[]> Records()
    {
        var block = Manifest.GetProperty("block").GetInt32();
        var records = new List<string[]>();
        for (var number = 0; number * block < Count; number++)
        {
            var items = Chunk($"d/{number}").EnumerateArray().Select(r => r.EnumerateArray().Select(f => f.GetString()!).ToArray()).ToList();
            Assert.Equal(Math.Min(block, Count - (number * block)), items.Count);
            records.AddRange(items);
        }

        return records;
    }

    /// <summary>A posting list, varints of (gap &lt;&lt; 2 | weight), as search.js decodes it.</summary>
    public static List<(int Document, int Weight)> Decode(byte[] bytes)
    {
        var list = new List<(int, int)>();
        var document = 0;
        foreach (var value in Varints(bytes))
        {
            document += value >> 2;
            list.Add((document, value & 3));
        }

        return list;
    }

    /// <summary>Seven bits a byte, low bits first, the high bit set on all but the last.</summary>
    public static List<int> Varints(byte[] bytes)
    {
        var numbers = new List<int>();
        int value = 0, shift = 0;
        foreach (var b in bytes)
        {
            value |= (b & 0x7f) << shift;
            if ((b & 0x80) != 0)
            {
                shift += 7;
                continue;
            }

            numbers.Add(value);
            (value, shift) = (0, 0);
        }

        return numbers;
    }

    private sealed class MemoryWriter : IOutputWriter
    {
        public ConcurrentDictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

        public void Write(string relativePath, ReadOnlySpan<byte> bytes) => Assert.True(Files.TryAdd(relativePath, bytes.ToArray()), $"{relativePath} written twice");
    }
}
