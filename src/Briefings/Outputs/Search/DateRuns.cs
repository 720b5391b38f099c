using Briefings.Writing;

namespace Briefings.Outputs.Search;

/// <summary>
/// <c>dates.js</c>: for each dated kind, its documents' dates as runs, which the date filter turns into ranges of
/// document numbers without a date per document. A kind's documents are numbered newest first, so its dates form
/// runs of one day each, written as varints in base64: the first day (days since 1 January of year 1, .NET's
/// <see cref="DateOnly.DayNumber"/>) and its count, then for each later run the days back from the run before and its count.
/// </summary>
internal static class DateRuns
{
    public const string Name = "dates";

    public static void Write(IOutputWriter writer, ChunkHashes hashes, IReadOnlyList<SearchDocument> documents)
    {
        SearchChunk.Write(writer, hashes, Name, json =>
        {
            json.WriteStartObject();
            foreach (var kind in SearchKinds.Dated)
            {
                json.WriteBase64String(kind.Name(), Runs(documents.Where(d => d.Kind == kind).Select(d => d.Date!.Value.DayNumber)));
            }

            json.WriteEndObject();
        });
    }

    private static byte[] Runs(IEnumerable<int> days)
    {
        var values = new List<int>();
        int? previous = null;
        foreach (var day in days)
        {
            if (day == previous)
            {
                values[^1]++;
                continue;
            }

            if (previous is { } before && day > before)
            {
                throw new InvalidOperationException("Dated search documents must come newest first.");
            }

            values.Add(previous is { } last ? last - day : day);
            values.Add(1);
            previous = day;
        }

        var bytes = new byte[values.Sum(Varints.Length)];
        var at = 0;
        foreach (var value in values)
        {
            at = Varints.Write(bytes, at, value);
        }

        return bytes;
    }
}
