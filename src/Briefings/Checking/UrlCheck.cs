using Briefings.Content;
using Briefings.Diagnostics;

namespace Briefings.Checking;

/// <summary>URLs in front-matter become hrefs: only http, https and mailto pass.</summary>
internal static class UrlCheck
{
    public static void Run(LoadedContent content, DiagnosticBag diagnostics)
    {
        foreach (var brief in content.Briefs)
        {
            Check(brief, diagnostics);
        }

        foreach (var person in content.People)
        {
            foreach (var link in person.Links)
            {
                UrlRules.Check(link.Url, link.At, person.File, diagnostics);
            }
        }
    }

    /// <summary>One brief's source and its quotes' sources: serve checks again the brief an edit changed.</summary>
    public static void Check(Brief brief, DiagnosticBag diagnostics)
    {
        Check(brief.Source, brief.File, diagnostics);
        foreach (var quote in brief.Quotes)
        {
            Check(quote.Source, brief.File, diagnostics);
        }
    }

    private static void Check(Source? source, string file, DiagnosticBag diagnostics)
    {
        if (source?.Url is { } url)
        {
            UrlRules.Check(url, source.UrlAt, file, diagnostics);
        }

        if (source?.ArchiveUrl is { } archive)
        {
            UrlRules.Check(archive, source.ArchiveUrlAt, file, diagnostics);
        }
    }
}
