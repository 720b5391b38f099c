namespace Briefings.Writing;

/// <summary>A file would land outside the output folder; nothing of the build is kept.</summary>
public sealed class OutputPathException(string path) : Exception($"output path '{path}' is outside the output folder; nothing was written")
{
    public string Path { get; } = path;
}
