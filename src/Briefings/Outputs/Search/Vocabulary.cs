using Briefings.Writing;

namespace Briefings.Outputs.Search;

/// <summary>
/// The index's words without their postings, each with the number of its posting chunk, in three families of files
/// (<c>v/f115.js</c>: every word whose first UTF-16 unit is 115, 's'), so that a query finds every word its rules
/// match while loading only a few small files:
/// <list type="bullet">
/// <item><c>f</c>, by first unit: the words a query word is a prefix of, and every word within typo distance that
/// keeps its first letter;</item>
/// <item><c>b</c>, by last unit: a word within one typo whose first letter differs keeps its last (the query word has
/// four letters or more before typos count);</item>
/// <item><c>s</c>, by second unit: a word within two typos (eight letters or more) whose first and last letters both
/// differ had one typo at each end, so its second letter is the query word's first, second or third.</item>
/// </list>
/// Together they hold every word a scan of the whole vocabulary would find, which is what search.js did before the
/// index was split. Each file holds <c>{"terms":[…],"chunks":[…]}</c>, the words in order; a word whose list is split
/// (<see cref="PostingHeads"/>) has <c>-n-1</c> for its chunk <c>n</c>, so that a query asks for its tail with its head.
/// </summary>
internal static class Vocabulary
{
    public static readonly IReadOnlyList<(string Family, Func<string, char> Key)> Families =
    [
        ("f", term => term[0]),
        ("b", term => term[^1]),
        ("s", term => term[1]),
    ];

    /// <summary>Writes the families of <paramref name="terms"/>, given in order; returns, by family, the units that have a file.</summary>
    public static Dictionary<string, List<int>> Write(IOutputWriter writer, ChunkHashes hashes, IReadOnlyList<int> terms, IReadOnlyList<string> names,
        PostingPlaces places)
    {
        var present = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (family, key) in Families)
        {
            // Terms are at least two units long, so each has a first, second and last.
            var groups = terms.GroupBy(term => key(names[term])).OrderBy(group => group.Key).ToList();
            foreach (var group in groups)
            {
                SearchChunk.Write(writer, hashes, $"v/{family}{(int)group.Key}", json =>
                {
                    json.WriteStartObject();
                    json.WriteStartArray("terms");
                    foreach (var term in group)
                    {
                        json.WriteStringValue(names[term]);
                    }

                    json.WriteEndArray();
                    json.WriteStartArray("chunks");
                    foreach (var term in group)
                    {
                        json.WriteNumberValue(places.Split[term] ? -places.Chunk[term] - 1 : places.Chunk[term]);
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                });
            }

            present[family] = groups.Select(group => (int)group.Key).ToList();
        }

        return present;
    }
}
