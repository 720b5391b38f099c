using System.Collections.Concurrent;

namespace Briefings.Diagnostics;

/// <summary>
/// Collects every problem of a run, from any thread, so that all of them are reported once,
/// sorted, instead of stopping at the first.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentBag<Diagnostic> _items = [];

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void Error(string code, string file, TextPosition at, string message) =>
        Add(new Diagnostic(code, Severity.Error, file, at.Line, at.Column, message));

    public void Warning(string code, string file, TextPosition at, string message) =>
        Add(new Diagnostic(code, Severity.Warning, file, at.Line, at.Column, message));

    public bool HasErrors => _items.Any(d => d.IsError);

    public int Count => _items.Count;

    /// <summary>
    /// Sorted by file, line, column, code, then message, so output is stable across runs and threads; each diagnostic
    /// once. One comparison of all the fields, after which equal diagnostics lie side by side: sorted by a LINQ key per
    /// field and made distinct by hashing, the 4,744 warnings of the 10,000-brief benchmark took ~19 ms at the end of the
    /// build, on one core while the other had nothing to do.
    /// </summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        var all = _items.ToArray();
        Array.Sort(all, Compare);
        var distinct = new List<Diagnostic>(all.Length);
        foreach (var diagnostic in all)
        {
            if (distinct.Count == 0 || !distinct[^1].Equals(diagnostic))
            {
                distinct.Add(diagnostic);
            }
        }

        return distinct;
    }

    private static int Compare(Diagnostic a, Diagnostic b)
    {
        var order = string.CompareOrdinal(a.File, b.File);
        if (order == 0)
        {
            order = a.Line.CompareTo(b.Line);
        }

        if (order == 0)
        {
            order = a.Column.CompareTo(b.Column);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.Code, b.Code);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.Message, b.Message);
        }

        // Last, so that the order is total: diagnostics that differ only there still come in one order.
        return order != 0 ? order : a.Severity.CompareTo(b.Severity);
    }
}
