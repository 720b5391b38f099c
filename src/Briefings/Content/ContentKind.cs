namespace Briefings.Content;

public enum ContentKind
{
    Brief,
    Person,
    Organization,
    Topic,
    Commitment,
}

public static class ContentKinds
{
    public static readonly IReadOnlyList<ContentKind> All =
        [ContentKind.Brief, ContentKind.Person, ContentKind.Organization, ContentKind.Topic, ContentKind.Commitment];

    /// <summary>The folder under content/ and the URL section, which are the same word.</summary>
    public static string Folder(this ContentKind kind) => kind switch
    {
        ContentKind.Brief => "briefs",
        ContentKind.Person => "people",
        ContentKind.Organization => "organizations",
        ContentKind.Topic => "topics",
        ContentKind.Commitment => "commitments",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Noun(this ContentKind kind) => kind switch
    {
        ContentKind.Brief => "brief",
        ContentKind.Person => "person",
        ContentKind.Organization => "organization",
        ContentKind.Topic => "topic",
        ContentKind.Commitment => "commitment",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static ContentKind? FromFolder(string folder) => folder switch
    {
        "briefs" => ContentKind.Brief,
        "people" => ContentKind.Person,
        "organizations" => ContentKind.Organization,
        "topics" => ContentKind.Topic,
        "commitments" => ContentKind.Commitment,
        _ => null,
    };
}
