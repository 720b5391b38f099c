using Briefings.Diagnostics;

namespace Briefings.Tests.Hardening;

public static class BuildResultAssertions
{
    /// <summary>Asserts a diagnostic with this code at this place (column 0: any column) and returns it.</summary>
    public static Diagnostic Has(this BuildResult result, string code, string file, int line = 1, int column = 0)
    {
        var found = result.Diagnostics.FirstOrDefault(d => d.Code == code && d.File == file && d.Line == line && (column == 0 || d.Column == column));
        Assert.True(found is not null, $"expected {code} at {file}({line},{(column == 0 ? "*" : column)}), got:\n" + string.Join("\n", result.Diagnostics));
        return found!;
    }
}
