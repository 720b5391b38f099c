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
            if (brief.Source?.Url is { } url)
            {
                UrlRules.Check(url, brief.Source.UrlAt, brief.File, diagnostics);
            }
        }

        foreach (var person in content.People)
        {
            foreach (var link in person.Links)
            {
                UrlRules.Check(link.Url, link.At, person.File, diagnostics);
            }
        }
    }
}
