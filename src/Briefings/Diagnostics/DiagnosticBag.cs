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

    /// <summary>Sorted by file, line, column, then code, so output is stable across runs and threads.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items
            .Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
