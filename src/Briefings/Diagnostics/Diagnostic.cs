namespace Briefings.Diagnostics;

/// <summary>One problem found in a site, located to a line and column of a site-relative file.</summary>
public sealed record Diagnostic(string Code, Severity Severity, string File, int Line, int Column, string Message)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        var where = Line > 0 ? $"{File}({Line},{Column})" : File;
        var level = Severity == Severity.Error ? "error" : "warning";
        return $"{where}: {level} {Code}: {Message}";
    }
}
