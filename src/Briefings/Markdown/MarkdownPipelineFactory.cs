using Briefings.Markdown.Embeds;
using Briefings.Markdown.Images;
using Briefings.Markdown.WikiLinks;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Briefings.Markdown;

/// <summary>The one Markdig pipeline of a build: assembled once, frozen, shared by every thread.</summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseSmartyPants()
            .UsePreciseSourceLocation()
            .UseWikiLinks()
            .UseEmbeds()
            .UsePictures()
            .Build();
}
