namespace Briefings.Content;

/// <summary>The Markdown after the front-matter, and the file line it starts on, so spans in it map back to the file.</summary>
public sealed record Body(string Markdown, int FirstLine)
{
    public static readonly Body Empty = new("", 1);
}
