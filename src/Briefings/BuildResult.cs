using Briefings.Diagnostics;
using Briefings.Graph;

namespace Briefings;

/// <summary>What a build did: its diagnostics, and, when it succeeded, what it wrote where.</summary>
public sealed record BuildResult(
    ContentGraph? Graph,
    IReadOnlyList<Diagnostic> Diagnostics,
    StageTimings Timings,
    bool Succeeded,
    string OutputPath,
    int Pages,
    int FilesWritten,
    int FilesUnchanged,
    IReadOnlyList<string> ChangedFiles)
{
    /// <summary>Why the build did not touch its output folder, when the folder is not the tool's own; the CLI exits with a usage error.</summary>
    public string? OutputRefused { get; init; }

    /// <summary>How many image files (one width in one encoding each) were made; the rest came from the image cache.</summary>
    public int ImagesMade { get; init; }

    /// <summary>Why the templates ran through Scriban's interpreter rather than compiled: the template and construct; null when compiled.</summary>
    public string? TemplatesInterpreted { get; init; }

    /// <summary>Bytes of the briefs' HTML that waited for their readers in a temporary file rather than in memory (<see cref="Markdown.HtmlSpill"/>).</summary>
    public long HtmlSpilled { get; init; }
}
