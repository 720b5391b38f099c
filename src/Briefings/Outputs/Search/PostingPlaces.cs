namespace Briefings.Outputs.Search;

/// <summary>
/// Where each term's posting list was written, by term id: the chunk that holds it (or its head), and for a list split
/// by <see cref="PostingHeads"/> the number of its tail's file and its count of documents, which the vocabulary gives
/// so that a query knows a word's rarity and can ask for its tail before its head has arrived.
/// </summary>
internal sealed class PostingPlaces
{
    public PostingPlaces(int termCount)
    {
        Chunk = new int[termCount];
        Tail = new int[termCount];
        Count = new int[termCount];
        Array.Fill(Chunk, -1);
        Array.Fill(Tail, -1);
    }

    public int[] Chunk { get; }

    /// <summary>The tail's file, <c>r/&lt;n&gt;.js</c>, or -1 where the chunk holds the whole list.</summary>
    public int[] Tail { get; }

    public int[] Count { get; }
}
