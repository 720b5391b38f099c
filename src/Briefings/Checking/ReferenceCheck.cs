using Briefings.Content;
using Briefings.Diagnostics;

namespace Briefings.Checking;

/// <summary>Every id written in front-matter names an entity of the right kind; a near miss gets a suggestion.</summary>
internal static class ReferenceCheck
{
    public static void Run(LoadedContent content, EntityIndex index, DiagnosticBag diagnostics)
    {
        var person = new Role("speaker", index.People.ContainsKey, index.ActorSuggestions.Person, New.Person);
        var quoted = person with { Noun = "quoted person" };
        var actor = new Role("actor", index.IsActor, index.ActorSuggestions.Actor, New.Actor);
        var organization = new Role("organization", index.Organizations.ContainsKey, index.ActorSuggestions.Organization, New.Organization);
        var parent = organization with { Noun = "parent organization" };

        foreach (var brief in content.Briefs)
        {
            foreach (var speaker in brief.Speakers)
            {
                Expect(brief.File, speaker, person, index, diagnostics);
            }

            foreach (var quote in brief.Quotes)
            {
                Expect(brief.File, quote.By, quoted, index, diagnostics);
            }

            foreach (var mention in brief.Commitments)
            {
                Expect(brief.File, mention.By, actor, index, diagnostics);
                if (mention.To is { } to)
                {
                    Expect(brief.File, to, actor, index, diagnostics);
                }

                ExpectSlug(brief.File, mention.Id, "commitment id", diagnostics);
            }

            foreach (var topic in brief.Topics)
            {
                ExpectSlug(brief.File, topic, "topic id", diagnostics);
            }
        }

        var other = person with { Noun = "person" };
        foreach (var member in content.People)
        {
            if (member.Organization is { } id)
            {
                Expect(member.File, id, organization, index, diagnostics);
            }

            foreach (var different in member.DifferentFrom)
            {
                Expect(member.File, different, other, index, diagnostics);
            }
        }

        foreach (var child in content.Organizations)
        {
            if (child.Parent is { } id)
            {
                Expect(child.File, id, parent, index, diagnostics);
            }
        }
    }

    private static void Expect(string file, Ref reference, Role role, EntityIndex index, DiagnosticBag diagnostics)
    {
        if (role.Exists(reference.Id) || index.Unreadable.Contains(reference.Id))
        {
            return;
        }

        var unknown = $"unknown {role.Noun} '{YamlFields.Shorten(reference.Id)}'";
        var suggestion = role.Suggest(reference.Id);
        if (suggestion is null)
        {
            diagnostics.Error(Codes.UnknownReference, file, reference.At, $"{unknown}; {NewFileHint(reference.Id, role.New)}");
        }
        else if (suggestion.Id == Slugs.Slugify(reference.Id))
        {
            // The name was written where its id belongs: the id is the whole fix.
            diagnostics.Error(Codes.UnknownReference, file, reference.At, $"{unknown}{suggestion.DidYouMean}");
        }
        else
        {
            diagnostics.Error(Codes.UnknownReference, file, reference.At, $"{unknown}{suggestion.DidYouMean} If not, {NewFileHint(reference.Id, role.New)}");
        }
    }

    /// <summary>The command that makes the missing file, with a name that gives the id written here.</summary>
    private static string NewFileHint(string id, New kind)
    {
        var isId = Slugs.IsValid(id);
        var name = isId ? ActorSuggestions.NameFromId(id) : YamlFields.Shorten(id.Trim());
        var command = kind switch
        {
            New.Person => $"add the person with: briefings new person \"{name}\"",
            New.Organization => $"add the organization with: briefings new organization \"{name}\"",
            _ => $"add them with: briefings new person \"{name}\" (or new organization)",
        };
        var their = kind == New.Organization ? "its" : "their";
        return isId || Slugs.Slugify(id) is not { Length: > 0 } slug ? command : $"{command}, and write {their} id '{slug}' here";
    }

    private enum New
    {
        Person,
        Organization,
        Actor,
    }

    private sealed record Role(string Noun, Func<string, bool> Exists, Func<string, ActorSuggestion?> Suggest, New New);

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
