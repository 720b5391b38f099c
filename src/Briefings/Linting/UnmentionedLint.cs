using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Graph;

namespace Briefings.Linting;

/// <summary>
/// A person or organization that no brief, commitment, person or organization refers to has a page only the
/// indexes reach: most often a file left behind by a rename, or one added for a brief not yet written.
/// </summary>
internal static class UnmentionedLint
{
    public static void Run(ContentGraph graph, DiagnosticBag diagnostics)
    {
        var recipients = graph.Commitments.Where(c => c.To is not null).Select(c => c.To!.Value).ToHashSet();
        var authors = graph.Briefs.SelectMany(b => b.Byline).Where(a => a.Person is not null).Select(a => a.Person!).ToHashSet();

        foreach (var person in graph.People)
        {
            if (person.MentionedIn.Count == 0 && person.Commitments.Count == 0 && !recipients.Contains(person.Key) && !authors.Contains(person))
            {
                diagnostics.Warning(Codes.Unmentioned, person.Person.File, TextPosition.File,
                    $"nothing mentions {person.Person.Name}: no brief names, quotes or links them and no commitment is theirs; " +
                    $"mention them in a brief (speakers:, quotes: or [[{person.Person.Id}]]), or remove the file");
            }
        }

        foreach (var organization in graph.Organizations)
        {
            if (organization.Briefs.Count == 0 && organization.Commitments.Count == 0 && organization.People.Count == 0 &&
                organization.Children.Count == 0 && !recipients.Contains(organization.Key))
            {
                diagnostics.Warning(Codes.Unmentioned, organization.Organization.File, TextPosition.File,
                    $"nothing mentions {organization.Organization.Name}: no brief links it, no commitment is its own or made to it, " +
                    $"and no person or organization belongs to it; mention it in a brief ([[{organization.Organization.Id}]]), or remove the file");
            }
        }
    }
}
