namespace Briefings.Markdown.Embeds;

/// <summary>What an embed shows: a quote, a commitment with its current status, or a person.</summary>
public enum EmbedKind
{
    Quote,
    Commitment,
    Person,
}

public static class EmbedKinds
{
    public static readonly IReadOnlyList<string> Names = ["quote", "commitment", "person"];

    public static EmbedKind? Parse(string name) => name switch
    {
        "quote" => EmbedKind.Quote,
        "commitment" => EmbedKind.Commitment,
        "person" => EmbedKind.Person,
        _ => null,
    };
}
