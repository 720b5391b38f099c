namespace Briefings.Outputs.Search;

/// <summary>
/// Where each term's posting list was written, by term id: the number of the chunk that holds it, and whether that
/// chunk holds only its head, with its tail in the file of the same number in <see cref="PostingChunks.Tails"/>.
/// </summary>
internal sealed class PostingPlaces
{
    public PostingPlaces(int termCount)
    {
        Chunk = new int[termCount];
        Split = new bool[termCount];
        Array.Fill(Chunk, -1);
    }

    public int[] Chunk { get; }

    public bool[] Split { get; }
}
