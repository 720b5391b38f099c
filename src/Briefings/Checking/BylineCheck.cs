using Briefings.Content;
using Briefings.Diagnostics;

namespace Briefings.Checking;

/// <summary>
/// A byline is a person id of the site or a name as it should be shown. One written like an id that names no person
/// is most likely a slip of one, and would be printed with its hyphens: it is warned about, with the nearest id.
/// </summary>
internal static class BylineCheck
{
    public static void Run(LoadedContent content, EntityIndex index, DiagnosticBag diagnostics)
    {
        foreach (var brief in content.Briefs)
        {
            foreach (var name in brief.Byline)
            {
                if (index.People.ContainsKey(name.Id) || !Slugs.IsValid(name.Id))
                {
                    continue;
                }

                var hint = Suggestions.DidYouMean(name.Id, index.People.Keys);
                diagnostics.Warning(Codes.BylineNotAPerson, brief.File, name.At,
                    $"byline '{YamlFields.Shorten(name.Id)}' names no person{(hint.Length > 0 ? hint + " If not, write" : "; write")} a name as it should be shown (\"{Shown(name.Id)}\"), or a person id");
            }
        }
    }

    private static string Shown(string id) =>
        string.Join(' ', id.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
