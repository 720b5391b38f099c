using Briefings.Diagnostics;

namespace Briefings.Tests;

/// <summary>The bag's order, against the plain LINQ form it replaced, on diagnostics added from many threads.</summary>
public sealed class DiagnosticBagTests
{
    [Fact]
    public void Sorted_is_the_order_and_the_set_of_the_plain_form()
    {
        var random = new Random(7);
        var made = new List<Diagnostic>();
        for (var i = 0; i < 3000; i++)
        {
            made.Add(new Diagnostic(
                random.Next(3) == 0 ? Codes.MissingField : Codes.UnknownReference,
                random.Next(2) == 0 ? Severity.Warning : Severity.Error,
                $"content/briefs/{random.Next(40)}.md",
                random.Next(4),
                random.Next(3),
                $"message {random.Next(5)}"));
        }

        // Each one again, as two stages finding the same fault would add it.
        made.AddRange(made.Where((_, i) => i % 3 == 0).ToList());
        var bag = new DiagnosticBag();
        Parallel.ForEach(made, bag.Add);

        var plain = made
            .Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ThenBy(d => d.Severity)
            .ToList();
        Assert.Equal(plain, bag.Sorted());
    }
}
