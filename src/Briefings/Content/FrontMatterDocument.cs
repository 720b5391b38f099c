namespace Briefings.Content;

/// <summary>A content file split into its parsed front-matter mapping and its Markdown body.</summary>
public sealed record FrontMatterDocument(YamlTreeMapping Root, int YamlFirstLine, Body Body);
