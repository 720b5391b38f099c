using Briefings.Diagnostics;

namespace Briefings.Content;

/// <summary>
/// The text <c>briefings new</c> writes where the author's own words go. A brief that still holds it is warned
/// about, draft or not, so that placeholder prose is never published by a hurried <c>draft: false</c>.
/// </summary>
public static class Placeholders
{
    /// <summary>The body's first line in a new brief, in English; the check looks for this line only, in any built-in language.</summary>
    public const string Lead = "Write the lead here: who said or promised what, when and where, in a sentence or two.";

    private static readonly byte[][] Leads =
    [
        .. Languages.LanguageFiles.BuiltIn.Select(l => Languages.LanguageFiles.BuiltInEntries(l)?.GetValueOrDefault("authoring.lead")?.Text ?? Lead)
            .Append(Lead).Distinct().Select(System.Text.Encoding.UTF8.GetBytes),
    ];

    public static void Report(Body body, string file, DiagnosticBag diagnostics)
    {
        foreach (var lead in Leads)
        {
            if (body.Find(lead) is not { } at)
            {
                continue;
            }

            diagnostics.Warning(Codes.PlaceholderText, file, at,
                "the brief still holds the placeholder line a new brief starts with ('Write the lead here: …'); replace it with the brief's lead before publishing");
            return;
        }
    }
}
