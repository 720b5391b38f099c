using Briefings.Content;

namespace Briefings.Images;

/// <summary>The images of a build: where front-matter places them, and every file the site shows, for the output.</summary>
public sealed record SiteImageSet(IReadOnlyDictionary<EntityKey, PlacedImage> Placed, IReadOnlyList<ImageSource> Files)
{
    public static readonly SiteImageSet None = new(new Dictionary<EntityKey, PlacedImage>(), []);
}
