using System.Collections.Concurrent;
using System.Xml;

namespace Briefings.Outputs.Feeds;

/// <summary>
/// Each entry of the feeds written once (by <see cref="InFeedWriter"/>): a brief is an entry of the site's feed, of its
/// speakers' and of its topics' feeds, a status entry one of its commitment's, its organization's and maybe the
/// tracker's feed, the same bytes in each, and writing them again for every feed was most of the feeds' work.
/// </summary>
internal sealed class FeedEntries<T>(Action<XmlWriter, T> write)
    where T : class
{
    private readonly ConcurrentDictionary<T, byte[]> _entries = new(ReferenceEqualityComparer.Instance);

    public ReadOnlyMemory<byte> Get(T item) => _entries.GetOrAdd(item, static (item, write) => InFeedWriter.Write(item, write).ToArray(), write);

    /// <summary>Writes the entry with the feed's own writer, where it stands: the simple form the tests compare with.</summary>
    public void WriteInline(XmlWriter xml, T item) => write(xml, item);
}
