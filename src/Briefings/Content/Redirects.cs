using Briefings.Diagnostics;

namespace Briefings.Content;

/// <summary>
/// Reads <c>redirect_from:</c>, the old slugs or ids of a renamed entity. Each becomes a folder of the output, so
/// each must be a valid id: one path segment of lower-case letters, digits and hyphens, never '..' or a slash.
/// </summary>
public static class Redirects
{
    public static IReadOnlyList<Ref> Read(YamlFields fields)
    {
        var valid = new List<Ref>();
        foreach (var old in fields.Ids("redirect_from"))
        {
            if (Slugs.IsValid(old.Id))
            {
                valid.Add(old);
                continue;
            }

            var suggestion = Slugs.Slugify(old.Id);
            fields.Diagnostics.Error(Codes.UnsafeSlug, fields.File, old.At,
                $"redirect_from '{YamlFields.Shorten(old.Id)}' is not a safe single path segment of lower-case letters, digits and hyphens" +
                (suggestion.Length > 0 ? $"; did you mean '{suggestion}'?" : "; write the old slug or id only, not a URL"));
        }

        return valid;
    }
}
