using Briefings.Diagnostics;

namespace Briefings.Content;

/// <summary>Maps the front-matter of people, organizations, topics and commitment files to typed records.</summary>
public static class EntityReaders
{
    public static Person ReadPerson(string id, FrontMatterDocument document, YamlFields fields)
    {
        var name = fields.String("name", required: true) ?? id;
        var aliases = fields.Strings("aliases");
        var role = fields.String("role");
        var organization = fields.Id("organization");
        var links = new List<Link>();
        foreach (var link in fields.Mappings("links"))
        {
            var url = link.Located("url", required: true);
            var title = link.String("title") ?? url?.Value ?? "";
            if (url is not null)
            {
                links.Add(new Link(title, url.Value.Value.Trim(), url.Value.At));
            }

            link.ReportUnknownKeys("a link");
        }

        var redirects = Redirects.Read(fields);
        var image = ImageRefReader.Read(fields, captioned: false);
        var differentFrom = fields.Ids("different_from");
        fields.ReportUnknownKeys("a person");
        return new Person(fields.File, id, name, aliases, role, organization, links, document.Body)
        {
            RedirectFrom = redirects,
            Image = image,
            DifferentFrom = differentFrom,
        };
    }

    public static Organization ReadOrganization(string id, FrontMatterDocument document, YamlFields fields)
    {
        var name = fields.String("name", required: true) ?? id;
        var kind = OrganizationKind.Other;
        if (fields.Located("kind") is { } kindText && !TryParseKind(kindText.Value.Trim(), out kind))
        {
            var names = Enum.GetNames<OrganizationKind>().Select(n => n.ToLowerInvariant()).ToList();
            fields.Diagnostics.Error(Codes.InvalidValue, fields.File, kindText.At,
                $"unknown organization kind '{YamlFields.Shorten(kindText.Value)}'{Suggestions.DidYouMean(kindText.Value, names)} (one of: {string.Join(", ", names)})");
        }

        var aliases = fields.Strings("aliases");
        var match = fields.Strings("match");
        var parent = fields.Id("parent");
        var redirects = Redirects.Read(fields);
        var image = ImageRefReader.Read(fields, captioned: false);
        fields.ReportUnknownKeys("an organization");
        return new Organization(fields.File, id, name, kind, aliases, match, parent, document.Body) { RedirectFrom = redirects, Image = image };
    }

    private static bool TryParseKind(string text, out OrganizationKind kind)
    {
        foreach (var candidate in Enum.GetValues<OrganizationKind>())
        {
            if (candidate.ToString().ToLowerInvariant() == text)
            {
                kind = candidate;
                return true;
            }
        }

        kind = OrganizationKind.Other;
        return false;
    }

    public static Topic ReadTopic(string id, FrontMatterDocument document, YamlFields fields)
    {
        var title = fields.String("title") ?? TitleFromId(id);
        var redirects = Redirects.Read(fields);
        fields.ReportUnknownKeys("a topic");
        return new Topic(fields.File, id, title, document.Body) { RedirectFrom = redirects };
    }

    public static CommitmentDocument ReadCommitment(string id, FrontMatterDocument document, YamlFields fields)
    {
        var title = fields.String("title");
        fields.ReportUnknownKeys("a commitment");
        return new CommitmentDocument(fields.File, id, title, document.Body);
    }

    /// <summary>"security-guarantees" → "Security guarantees", for topics that have no file.</summary>
    public static string TitleFromId(string id)
    {
        var words = id.Replace('-', ' ');
        return words.Length == 0 ? id : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
