using Briefings.Content;
using Briefings.Diagnostics;

namespace Briefings.Checking;

/// <summary>
/// Ids are unique per kind, compared case-insensitively (two files that differ only in case collide on
/// macOS and Windows); people and organizations share one id space, since an "actor" may be either.
/// </summary>
internal static class DuplicateCheck
{
    public static void Run(LoadedContent content, DiagnosticBag diagnostics)
    {
        var actors = content.People.Select(p => (p.Id, p.File, At: TextPosition.File, Kind: "person"))
            .Concat(content.Organizations.Select(o => (o.Id, o.File, At: TextPosition.File, Kind: "organization")));
        Report(actors, Codes.DuplicateId, "id", diagnostics);
        Report(content.Topics.Select(t => (t.Id, t.File, At: TextPosition.File, Kind: "topic")), Codes.DuplicateId, "id", diagnostics);
        Report(content.Commitments.Select(c => (c.Id, c.File, At: TextPosition.File, Kind: "commitment")), Codes.DuplicateId, "id", diagnostics);
        // An expired brief keeps a page at its URL, so its slug stays taken.
        Report(content.Briefs.Concat(content.Expired).Select(b => (Id: b.Slug, b.File, At: b.SlugAt, Kind: "brief")), Codes.DuplicateSlug, "slug", diagnostics);
        Report(content.Briefs.SelectMany(b => b.Quotes.Where(q => q.Id is not null).Select(q => (q.Id!.Value.Id, b.File, q.Id!.Value.At, Kind: "quote"))),
            Codes.DuplicateId, "quote id", diagnostics);
    }

    private static void Report(IEnumerable<(string Id, string File, TextPosition At, string Kind)> items, string code, string what, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, (string Id, string File, string Kind)>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items.OrderBy(i => i.File, StringComparer.Ordinal))
        {
            if (first.TryGetValue(item.Id, out var earlier))
            {
                diagnostics.Error(code, item.File, item.At,
                    $"duplicate {what} '{item.Id}': {earlier.File} ({earlier.Kind}) already uses it; rename one of them" +
                    (code == Codes.DuplicateSlug ? " or set 'slug:'" : ""));
            }
            else
            {
                first[item.Id] = (item.Id, item.File, item.Kind);
            }
        }
    }
}
