using System.Collections.Concurrent;
using Briefings.Content;
using Briefings.Diagnostics;

namespace Briefings.Images;

/// <summary>Finds the front-matter images of the site: briefs' lead images, people's portraits, organizations' logos.</summary>
public static class ImageStage
{
    public static IReadOnlyDictionary<EntityKey, PlacedImage> Run(EntityIndex index, SiteImages images, DiagnosticBag diagnostics)
    {
        var work = new List<(EntityKey Key, string File, ImageRef Image)>();
        work.AddRange(index.Briefs.Values.Where(b => b.Image is not null).Select(b => (new EntityKey(ContentKind.Brief, b.Slug), b.File, b.Image!)));
        work.AddRange(index.People.Values.Where(p => p.Image is not null).Select(p => (new EntityKey(ContentKind.Person, p.Id), p.File, p.Image!)));
        work.AddRange(index.Organizations.Values.Where(o => o.Image is not null).Select(o => (new EntityKey(ContentKind.Organization, o.Id), o.File, o.Image!)));
        var placed = new ConcurrentDictionary<EntityKey, PlacedImage>();
        Parallel.ForEach(work, item =>
        {
            if (images.Place(item.File, item.Image, diagnostics) is { } image)
            {
                placed[item.Key] = image;
            }
        });
        return placed;
    }
}
