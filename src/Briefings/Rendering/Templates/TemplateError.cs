namespace Briefings.Rendering.Templates;

/// <summary>A template fault found while rendering; turned into a BRF041 diagnostic by the render stage.</summary>
public sealed class TemplateError(string file, int line, int column, string message) : Exception(message)
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public int Column { get; } = column;
}
