using Briefings.Content;
using Briefings.Diagnostics;

namespace Briefings.Checking;

/// <summary>
/// An id the site uses as a path segment beside the entities of its kind (<see cref="ReservedIds"/>) would put the
/// entity's page where the site's own pages go: reported wherever it is written as that kind's id.
/// </summary>
internal static class ReservedIdCheck
{
    public static void Run(LoadedContent content, DiagnosticBag diagnostics)
    {
        foreach (var person in content.People)
        {
            File(ContentKind.Person, person.Id, person.File, diagnostics);
        }

        foreach (var organization in content.Organizations)
        {
            File(ContentKind.Organization, organization.Id, organization.File, diagnostics);
        }

        foreach (var topic in content.Topics)
        {
            File(ContentKind.Topic, topic.Id, topic.File, diagnostics);
        }

        foreach (var commitment in content.Commitments)
        {
            File(ContentKind.Commitment, commitment.Id, commitment.File, diagnostics);
        }

        foreach (var brief in content.Briefs)
        {
            if (ReservedIds.Use(ContentKind.Brief, brief.Slug) is { } use)
            {
                diagnostics.Error(Codes.ReservedId, brief.File, brief.SlugAt,
                    $"{Reserved(ContentKind.Brief, brief.Slug, use)}; set 'slug:' to another, e.g. '{Instead(ContentKind.Brief, brief.Slug)}'");
            }

            // Topics and commitments need no file: the id a brief writes names the page.
            foreach (var topic in brief.Topics)
            {
                Written(ContentKind.Topic, topic, brief.File, diagnostics);
            }

            foreach (var mention in brief.Commitments)
            {
                Written(ContentKind.Commitment, mention.Id, brief.File, diagnostics);
            }
        }
    }

    private static void File(ContentKind kind, string id, string file, DiagnosticBag diagnostics)
    {
        if (ReservedIds.Use(kind, id) is { } use)
        {
            diagnostics.Error(Codes.ReservedId, file, TextPosition.File,
                $"{Reserved(kind, id, use)}; rename the file, e.g. to '{Instead(kind, id)}.md', and the ids that name it");
        }
    }

    private static void Written(ContentKind kind, Ref reference, string file, DiagnosticBag diagnostics)
    {
        if (ReservedIds.Use(kind, reference.Id) is { } use)
        {
            diagnostics.Error(Codes.ReservedId, file, reference.At, $"{Reserved(kind, reference.Id, use)}; use another id, e.g. '{Instead(kind, reference.Id)}'");
        }
    }

    private static string Reserved(ContentKind kind, string id, string use) =>
        $"{kind.Noun()} {(kind == ContentKind.Brief ? "slug" : "id")} '{id}' is reserved: the site keeps {kind.Folder()}/{id}/ for {use}";

    private static string Instead(ContentKind kind, string id) => $"{id}-{kind.Noun()}";
}
