using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Graph;

namespace Briefings.Checking;

/// <summary>Every id written in front-matter names an entity of the right kind; a near miss gets a suggestion.</summary>
internal static class ReferenceCheck
{
    public static void Run(LoadedContent content, EntityIndex index, DiagnosticBag diagnostics)
    {
        var people = index.People.Keys.ToList();
        var organizations = index.Organizations.Keys.ToList();
        var actors = people.Concat(organizations).ToList();

        foreach (var brief in content.Briefs)
        {
            foreach (var speaker in brief.Speakers)
            {
                Expect(brief.File, speaker, "speaker", index.People.ContainsKey, people, index, diagnostics);
            }

            foreach (var quote in brief.Quotes)
            {
                Expect(brief.File, quote.By, "quoted person", index.People.ContainsKey, people, index, diagnostics);
            }

            foreach (var mention in brief.Commitments)
            {
                Expect(brief.File, mention.By, "actor", index.IsActor, actors, index, diagnostics);
                if (mention.To is { } to)
                {
                    Expect(brief.File, to, "actor", index.IsActor, actors, index, diagnostics);
                }

                ExpectSlug(brief.File, mention.Id, "commitment id", diagnostics);
            }

            foreach (var topic in brief.Topics)
            {
                ExpectSlug(brief.File, topic, "topic id", diagnostics);
            }
        }

        foreach (var person in content.People)
        {
            if (person.Organization is { } organization)
            {
                Expect(person.File, organization, "organization", index.Organizations.ContainsKey, organizations, index, diagnostics);
            }
        }

        foreach (var organization in content.Organizations)
        {
            if (organization.Parent is { } parent)
            {
                Expect(organization.File, parent, "parent organization", index.Organizations.ContainsKey, organizations, index, diagnostics);
            }
        }
    }

    private static void Expect(string file, Ref reference, string role, Func<string, bool> exists, IReadOnlyList<string> known, EntityIndex index, DiagnosticBag diagnostics)
    {
        if (exists(reference.Id) || index.Unreadable.Contains(reference.Id))
        {
            return;
        }

        diagnostics.Error(Codes.UnknownReference, file, reference.At,
            $"unknown {role} '{YamlFields.Shorten(reference.Id)}'{Suggestions.DidYouMean(reference.Id, known)}");
    }

    private static void ExpectSlug(string file, Ref reference, string role, DiagnosticBag diagnostics)
    {
        if (!Slugs.IsValid(reference.Id))
        {
            var suggestion = Slugs.Slugify(reference.Id);
            diagnostics.Error(Codes.InvalidId, file, reference.At,
                $"{role} '{YamlFields.Shorten(reference.Id)}' is not a valid id of lower-case letters, digits and hyphens" +
                (suggestion.Length > 0 ? $"; did you mean '{suggestion}'?" : ""));
        }
    }
}
