using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Graph;

namespace Briefings.Linting;

/// <summary>
/// A commitment whose every entry comes from briefs that cite no source rests on the site's word alone: a reader,
/// or a tracker that counts it, has nothing to check it against.
/// </summary>
internal static class SourcelessCommitmentLint
{
    public static void Run(ContentGraph graph, DiagnosticBag diagnostics)
    {
        foreach (var commitment in graph.Commitments)
        {
            if (commitment.Timeline.Count == 0 || commitment.Timeline.Any(e => HasSource(e.Brief.Brief.Source)))
            {
                continue;
            }

            var first = commitment.Timeline[0];
            var (file, at) = commitment.Document is { } document
                ? (document.File, TextPosition.File)
                : (first.Brief.Brief.File, first.Mention.Id.At);
            var briefs = commitment.Timeline.Select(e => e.Brief).Distinct().Count();
            diagnostics.Warning(Codes.CommitmentWithoutSource, file, at,
                $"commitment '{commitment.Id}' has no source: {(briefs == 1 ? "the brief that records it cites none" : $"none of the {briefs} briefs that record it cites one")}; " +
                $"add source: with a url or title to {(briefs == 1 ? first.Brief.Brief.File : "one of them")}");
        }
    }

    /// <summary>A source a reader can follow or look up: a link, or at least a title.</summary>
    public static bool HasSource(Source? source) => source is { Url.Length: > 0 } or { Title.Length: > 0 };
}
