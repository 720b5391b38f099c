using System.Text;

namespace Briefings.Outputs.Pages.Templates;

/// <summary>A template fault found while rendering; turned into a BRF041 diagnostic by the render stage.</summary>
public sealed class TemplateError(string file, int line, int column, string message) : Exception(message)
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>A did-you-mean for a misspelt member, made from the members of what it was looked up on; or empty.</summary>
    public string Hint { get; init; } = "";

    /// <summary>Where the template that failed was included, innermost first: the including template, line and column.</summary>
    public IReadOnlyList<(string File, int Line, int Column)> IncludedFrom { get; init; } = [];

    /// <summary>The message as a diagnostic gives it: with the did-you-mean, and the templates that included this one.</summary>
    public string Describe()
    {
        var text = new StringBuilder(Hint.Length > 0 ? Message.TrimEnd('.') + Hint : Message);
        for (var i = 0; i < IncludedFrom.Count; i++)
        {
            var (file, line, column) = IncludedFrom[i];
            text.Append(i == 0 ? " (included from " : ", from ").Append($"{file}({line},{column})");
        }

        return (IncludedFrom.Count > 0 ? text.Append(')') : text).ToString();
    }
}
