namespace Briefings.Content;

/// <summary>Names one entity of the site: its kind and its id (a brief's id is its slug).</summary>
public readonly record struct EntityKey(ContentKind Kind, string Id) : IComparable<EntityKey>
{
    /// <summary>The page's path from the site root, percent-encoded for use in an href.</summary>
    public string Url => $"{Kind.Folder()}/{Uri.EscapeDataString(Id)}/";

    /// <summary>The page's folder on disk, which keeps the id's own letters.</summary>
    public string OutputFolder => $"{Kind.Folder()}/{Id}";

    public int CompareTo(EntityKey other)
    {
        var byKind = Kind.CompareTo(other.Kind);
        return byKind != 0 ? byKind : string.CompareOrdinal(Id, other.Id);
    }

    public override string ToString() => $"{Kind.Folder()}/{Id}";
}
