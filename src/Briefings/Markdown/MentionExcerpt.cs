using Briefings.Content;

namespace Briefings.Markdown;

/// <summary>
/// The sentence a brief names an entity in, for the entity's pages to show under the brief's title: at most
/// <see cref="MaxLength"/> characters, cut at words with "…" around a long one. <see cref="Marks"/> holds the start and
/// length of each place the entity is named in it, in pairs.
/// </summary>
public sealed record MentionExcerpt(EntityKey Key, string Text, int[] Marks)
{
    public const int MaxLength = 240;
}
