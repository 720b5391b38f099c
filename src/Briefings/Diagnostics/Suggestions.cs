namespace Briefings.Diagnostics;

/// <summary>Finds the nearest known name to a misspelt one, for "did you mean" hints.</summary>
public static class Suggestions
{
    public static string? Nearest(string wrong, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        // Allow roughly one typo per three characters, never fewer than one or more than four.
        var limit = Math.Clamp(wrong.Length / 3, 1, 4);
        foreach (var candidate in known)
        {
            if (Math.Abs(candidate.Length - wrong.Length) > limit)
            {
                continue;
            }

            var distance = Distance(wrong, candidate, limit);
            if (distance <= limit && (distance < bestDistance ||
                (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0)))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>
    /// The known name that <paramref name="wrong"/> is a slip for: its singular or plural, or at most two edits
    /// away, and only one for a name of under six letters (a brief's "name" is no slip for "date", nor "at" for "by").
    /// </summary>
    public static string? Misspelling(string wrong, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = Distance(wrong, candidate, MaxSlip);
            var close = distance <= Math.Min(MaxSlip, Math.Max(1, candidate.Length / 3)) || SingularOrPlural(wrong, candidate);
            if (close && (distance < bestDistance ||
                (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0)))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    public static string DidYouMean(string wrong, IEnumerable<string> known)
    {
        var near = Nearest(wrong, known);
        return near is null ? "" : $"; did you mean '{near}'?";
    }

    private const int MaxSlip = 2;

    /// <summary>"speaker" and "speakers", "alias" and "aliases", "summary" and "summaries", either way round.</summary>
    private static bool SingularOrPlural(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return longer.Equals(shorter + "s", StringComparison.OrdinalIgnoreCase) ||
            longer.Equals(shorter + "es", StringComparison.OrdinalIgnoreCase) ||
            (shorter.EndsWith('y') && longer.Equals(shorter[..^1] + "ies", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus transpositions), case-insensitive.</summary>
    internal static int Distance(string a, string b, int limit = int.MaxValue)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit)
            {
                return rowMin;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
