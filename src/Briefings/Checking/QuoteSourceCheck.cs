using Briefings.Content;
using Briefings.Diagnostics;

namespace Briefings.Checking;

/// <summary>
/// With <c>require_quote_sources: true</c>, every quote must say where it comes from: a source of its own, or its brief's.
/// Wikiquote asks the same of every quote it keeps.
/// </summary>
internal static class QuoteSourceCheck
{
    public static void Run(LoadedContent content, DiagnosticBag diagnostics)
    {
        if (!content.Config.RequireQuoteSources)
        {
            return;
        }

        foreach (var brief in content.Briefs)
        {
            Check(brief, diagnostics);
        }
    }

    /// <summary>One brief's quotes, when the site requires sources: serve checks again the brief an edit changed.</summary>
    public static void Check(Brief brief, DiagnosticBag diagnostics)
    {
        if (brief.Source?.IsCitable != true)
        {
            foreach (var quote in brief.Quotes)
            {
                if (quote.Source?.IsCitable != true)
                {
                    diagnostics.Error(Codes.QuoteWithoutSource, brief.File, quote.At,
                        $"this quote of '{quote.By.Id}' has no source, nor has its brief, and the site requires one (require_quote_sources: true); give the quote a source: {{ url: …, title: … }}, or the brief one");
                }
            }
        }
    }
}
