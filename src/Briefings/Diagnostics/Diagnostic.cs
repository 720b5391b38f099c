using System.Globalization;

namespace Briefings.Diagnostics;

/// <summary>One problem found in a site, located to a line and column of a site-relative file.</summary>
public sealed record Diagnostic(string Code, Severity Severity, string File, int Line, int Column, string Message)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        using var text = new StringWriter(CultureInfo.CurrentCulture);
        WriteTo(text);
        return text.ToString();
    }

    /// <summary>
    /// The line <see cref="ToString"/> gives, written piece by piece: the CLI reports thousands of warnings, and a string
    /// made for each to be copied into the writer took ~5 ms of the 10,000-brief benchmark's last, single-threaded step.
    /// </summary>
    public void WriteTo(TextWriter writer)
    {
        writer.Write(File);
        if (Line > 0)
        {
            writer.Write('(');
            writer.Write(Line);
            writer.Write(',');
            writer.Write(Column);
            writer.Write(')');
        }

        writer.Write(Severity == Severity.Error ? ": error " : ": warning ");
        writer.Write(Code);
        writer.Write(": ");
        writer.Write(Message);
    }
}
