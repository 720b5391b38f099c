using System.Text;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Images;
using Briefings.Markdown.Embeds;
using Briefings.Markdown.Images;
using Briefings.Markdown.WikiLinks;
using Briefings.Writing;
using Markdig;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Markdown;

/// <summary>
/// Parses one body with the shared pipeline, resolves its wikilinks, drops raw HTML unless allowed,
/// links the first plain mention of each person, and renders it. Safe to call from many threads.
/// </summary>
public sealed class BodyRenderer
{
    private readonly MarkdownPipeline _pipeline;
    private readonly EntityIndex _index;
    private readonly NameMatcher _names;
    private readonly SiteConfig _config;
    private readonly EmbedResolver _embeds;
    private readonly SiteImages? _images;

    /// <param name="images">Where body images are found; without it, images are rendered as written (benchmarks of the Markdown alone).</param>
    public BodyRenderer(MarkdownPipeline pipeline, EntityIndex index, NameMatcher names, SiteConfig config, SiteImages? images = null)
    {
        _images = images;
        _pipeline = pipeline;
        _index = index;
        _embeds = new EmbedResolver(index);
        _names = names;
        _config = config;
    }

    public RenderedBody Render(string file, Body body, EntityKey self, DiagnosticBag diagnostics)
    {
        var markdown = body.Markdown;
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return RenderedBody.Empty;
        }

        try
        {
            return RenderParsed(file, markdown, body.FirstLine, self, diagnostics);
        }
        catch (TooDeepException)
        {
            diagnostics.Error(Codes.MarkdownTooDeep, file, new TextPosition(body.FirstLine, 1),
                "the body nests quotes, lists, emphasis or brackets too deeply to render; flatten it");
            return RenderedBody.Empty;
        }
    }

    private RenderedBody RenderParsed(string file, string markdown, int firstLine, EntityKey self, DiagnosticBag diagnostics)
    {
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, _pipeline);
        }
        catch (ArgumentException e)
        {
            throw new TooDeepException(e);
        }

        TextPosition At(MarkdownObject node) => new(firstLine + node.Line, node.Column + 1);

        var scratch = Scratch.Take();
        var links = new List<EntityKey>();
        var embeds = new List<EmbedBlock>();
        var images = new List<ImageSource>();
        var literals = scratch.Literals;
        var unsafeHtml = new List<MarkdownObject>();
        var wikiLinks = scratch.WikiLinks;
        AddBlocks(scratch.Nodes, document);
        foreach (var node in scratch.Nodes)
        {
            switch (node)
            {
                case WikiLinkInline wikiLink:
                    Resolve(wikiLink, file, At(wikiLink), diagnostics);
                    if (wikiLink.Resolved is { } key)
                    {
                        links.Add(key);
                        wikiLinks.Add(wikiLink);
                    }

                    break;
                case EmbedBlock embed:
                    _embeds.Resolve(embed, file, At(embed), diagnostics);
                    if (embed.Resolved is { } resolved)
                    {
                        embeds.Add(embed);
                        links.AddRange(EmbedLinks(resolved));
                    }

                    break;
                case HtmlBlock or HtmlInline when !_config.AllowHtml:
                    unsafeHtml.Add(node);
                    break;
                case LinkInline { IsImage: true } image when _images is not null && image.Url is { } src && !IsRemote(src):
                    if (Picture(image, src, file, At(image), diagnostics) is { } picture)
                    {
                        images.Add(picture.Image);
                        image.ReplaceBy(picture, copyChildren: false);
                    }

                    break;
                case LinkInline link when link.Url is { } url && !IsSafeBodyUrl(url):
                    diagnostics.Error(Codes.UnsafeUrl, file, At(link),
                        $"link URL '{YamlFields.Shorten(url)}' uses a scheme other than http, https or mailto; link to a web page instead");
                    link.Url = "#";
                    break;
                // <javascript:…> is an autolink, a node of its own, not a LinkInline.
                case AutolinkInline autolink when !autolink.IsEmail && !IsSafeBodyUrl(autolink.Url):
                    diagnostics.Error(Codes.UnsafeUrl, file, At(autolink),
                        $"link URL '{YamlFields.Shorten(autolink.Url)}' uses a scheme other than http, https or mailto; link to a web page instead");
                    autolink.Url = "#";
                    break;
                case LiteralInline literal when IsPlainText(literal):
                    literals.Add(literal);
                    if (literal.Content.AsSpan().IndexOf("{{<", StringComparison.Ordinal) is >= 0 and var embedAt)
                    {
                        diagnostics.Error(Codes.InvalidEmbed, file, At(literal) with { Column = At(literal).Column + embedAt },
                            "an embed {{< … >}} must stand on a line of its own, with a blank line or nothing else around it; move it onto its own line");
                    }

                    break;
            }
        }

        foreach (var node in unsafeHtml)
        {
            diagnostics.Warning(Codes.RawHtmlDropped, file, At(node),
                "raw HTML in Markdown was dropped; write it in Markdown, or set markdown.allow_html: true in site.config.yml if you trust every author");
            Remove(node);
        }

        // Excerpts are for the pages of what a brief names; other bodies' mentions only link.
        var excerpts = self.Kind == ContentKind.Brief ? scratch.Excerpts : null;
        if (excerpts is not null && wikiLinks.Count > 0)
        {
            var firstLinked = new HashSet<EntityKey>();
            foreach (var link in wikiLinks)
            {
                if (link.Resolved is { } key && key != self && firstLinked.Add(key))
                {
                    excerpts.First(key, link, 0, ExcerptCollector.DisplayLength(link));
                }
            }
        }

        var mentions = LinkMentions(literals, self, scratch.Matches, excerpts);
        IReadOnlyList<MentionExcerpt> found = [];
        if (excerpts is not null)
        {
            foreach (var link in wikiLinks)
            {
                excerpts.Again(link.Resolved!.Value, link, 0, ExcerptCollector.DisplayLength(link));
            }

            found = excerpts.Build();
        }

        scratch.Return();
        byte[] html;
        IReadOnlyList<Embed> placed;
        try
        {
            (html, placed) = RenderHtml(document, embeds);
        }
        catch (ArgumentException e)
        {
            throw new TooDeepException(e);
        }

        return new RenderedBody(html, links, mentions, placed) { Images = images, Excerpts = found };
    }

    private PictureInline? Picture(LinkInline image, string src, string file, TextPosition at, DiagnosticBag diagnostics)
    {
        var alt = new StringBuilder();
        var inner = new List<MarkdownObject>();
        AddInlines(inner, image);
        foreach (var node in inner)
        {
            if (node is LiteralInline literal)
            {
                alt.Append(literal.Content.AsSpan());
            }
        }

        var found = _images!.Resolve(file, src, at, diagnostics);
        if (alt.ToString().Trim().Length == 0)
        {
            diagnostics.Error(Codes.ImageWithoutAlt, file, at,
                $"image '{YamlFields.Shorten(src)}' has no alt text; write what it shows between the brackets: ![what it shows]({YamlFields.Shorten(src)})");
            return null;
        }

        return found is null ? null : new PictureInline(found, alt.ToString().Trim());
    }

    /// <summary>An image on another site is linked as written: only the site's own files are processed.</summary>
    private static bool IsRemote(string src) => src.StartsWith("//", StringComparison.Ordinal) || SiteImages.HasScheme(src);

    /// <summary>
    /// An embed links to what it shows, for backlinks and for the pages <c>serve</c> re-renders: a quote to its brief and
    /// its speaker, a commitment or person to itself.
    /// </summary>
    private IEnumerable<EntityKey> EmbedLinks(Embed embed)
    {
        yield return embed.Target;
        if (embed.Kind == EmbedKind.Quote && _index.Briefs.TryGetValue(embed.Target.Id, out var brief) &&
            _index.People.ContainsKey(brief.Quotes[embed.QuoteIndex].By.Id))
        {
            yield return new EntityKey(ContentKind.Person, brief.Quotes[embed.QuoteIndex].By.Id);
        }
    }

    /// <summary>
    /// Every block and inline under <paramref name="container"/>, in the order Markdig's <c>Descendants()</c>
    /// gives them (a block, then its inlines, then the next block): the iterator allocated two stacks per body and
    /// cost more than the checks it fed.
    /// </summary>
    internal static List<MarkdownObject> Nodes(ContainerBlock container)
    {
        var nodes = new List<MarkdownObject>();
        AddBlocks(nodes, container);
        return nodes;
    }

    private static void AddBlocks(List<MarkdownObject> nodes, ContainerBlock container)
    {
        for (var i = 0; i < container.Count; i++)
        {
            var block = container[i];
            nodes.Add(block);
            if (block is LeafBlock { Inline: { } inline })
            {
                AddInlines(nodes, inline);
            }
            else if (block is ContainerBlock children)
            {
                AddBlocks(nodes, children);
            }
        }
    }

    private static void AddInlines(List<MarkdownObject> nodes, ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            nodes.Add(inline);
            if (inline is ContainerInline children)
            {
                AddInlines(nodes, children);
            }
        }
    }

    private void Resolve(WikiLinkInline link, string file, TextPosition at, DiagnosticBag diagnostics)
    {
        var target = link.Target;
        var slash = target.IndexOf('/');
        IReadOnlyList<EntityKey> found;
        if (slash > 0 && ContentKinds.FromFolder(target[..slash]) is { } kind)
        {
            var key = new EntityKey(kind, target[(slash + 1)..]);
            found = _index.Contains(key) ? [key] : [];
            if (found.Count == 0)
            {
                ReportUnknown(link, kind, key.Id, file, at, diagnostics);
                return;
            }
        }
        else
        {
            found = _index.Find(target);
            if (found.Count == 0)
            {
                ReportUnknown(link, null, target, file, at, diagnostics);
                return;
            }

            if (found.Count > 1)
            {
                diagnostics.Error(Codes.AmbiguousWikiLink, file, at,
                    $"[[{target}]] names more than one entity ({string.Join(", ", found)}); write one of them in full, e.g. [[{found[0]}]]");
                return;
            }
        }

        link.Resolved = found[0];
        link.ResolvedTitle = _index.Title(found[0]);
    }

    private void ReportUnknown(WikiLinkInline inline, ContentKind? kind, string id, string file, TextPosition at, DiagnosticBag diagnostics)
    {
        var target = inline.Target;
        var link = $"[[{YamlFields.Shorten(target)}]]";

        // A link to a file that could not be read would only repeat that file's own error.
        if ((kind is null or ContentKind.Brief && _index.UnreadableBriefs.ContainsKey(id)) ||
            (kind is null or ContentKind.Person or ContentKind.Organization && _index.Unreadable.Contains(id)))
        {
            return;
        }

        if (kind is null or ContentKind.Brief && _index.LeftOut.TryGetValue(id, out var leftOut))
        {
            ReportLeftOut(inline, link, leftOut, file, at, diagnostics);
            return;
        }

        var hint = Suggestions.DidYouMean(id, _index.AllIds(kind));
        if (hint.Length == 0)
        {
            // The name or an alias of a person or organization, written as an id.
            var names = _index.ActorSuggestions;
            var suggestion = kind switch
            {
                null => names.Actor(id),
                ContentKind.Person => names.Person(id),
                ContentKind.Organization => names.Organization(id),
                _ => null,
            };
            hint = suggestion?.DidYouMean ?? "";
        }

        diagnostics.Error(Codes.UnknownWikiLink, file, at, $"unknown {kind?.Noun() ?? "id"} '{YamlFields.Shorten(id)}' in link {link}{hint}");
    }

    /// <summary>
    /// A link to a brief this build does not publish says why and how to include it. An expired brief's URL still
    /// holds its "no longer current" page, so that link is kept, with a warning; the others would lead nowhere.
    /// </summary>
    private void ReportLeftOut(WikiLinkInline inline, string link, LeftOutBrief leftOut, string file, TextPosition at, DiagnosticBag diagnostics)
    {
        var brief = leftOut.Brief;
        var asOf = IsoDay(_index.Publishing.AsOf);
        switch (leftOut.State)
        {
            case PublicationState.Draft:
                diagnostics.Error(Codes.UnknownWikiLink, file, at,
                    $"{link} links to the draft brief {brief.File}, which is left out unless drafts are included; build or check with --drafts, or publish it with 'draft: false'");
                break;
            case PublicationState.Scheduled:
                var due = IsoDay(Publishing.DueOn(brief));
                diagnostics.Error(Codes.UnknownWikiLink, file, at,
                    $"{link} links to the scheduled brief {brief.File}, not published until {due} (the as-of date is {asOf}); build or check with --future or --as-of {due}, or link to it once it is out");
                break;
            default:
                inline.Resolved = new EntityKey(ContentKind.Brief, brief.Slug);
                inline.ResolvedTitle = brief.Title;
                diagnostics.Warning(Codes.LinkToExpired, file, at,
                    $"{link} links to the expired brief {brief.File} (expired {IsoDay(brief.ExpiryDate!.Value)}, as of {asOf}), whose page now only says it is no longer current; link elsewhere, or build with an earlier --as-of to include it");
                break;
        }
    }

    private static string IsoDay(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Records every name found in plain text; in briefs, also turns the first mention of each person
    /// into a link, as a reader expects from a news site.
    /// </summary>
    private List<EntityKey> LinkMentions(List<LiteralInline> literals, EntityKey self, List<NameMatch> matches, ExcerptCollector? excerpts)
    {
        var mentions = new List<EntityKey>();
        var seen = new HashSet<EntityKey>();
        var autolink = _config.AutolinkPeople && self.Kind == ContentKind.Brief;
        foreach (var literal in literals)
        {
            if (!_names.Find(literal.Content.AsSpan(), matches))
            {
                continue;
            }

            // New literals are slices of the same source text, not copies of it.
            var content = literal.Content;
            StringSlice Slice(int start, int length) => new(content.Text, content.Start + start, content.Start + start + length - 1);

            Inline current = literal;
            var consumed = 0;
            foreach (var match in matches)
            {
                if (match.Key == self)
                {
                    continue;
                }

                // Read before the literal is split below: the excerpt is made from the text as written.
                if (!seen.Add(match.Key))
                {
                    excerpts?.Again(match.Key, literal, match.Start, match.Length);
                    continue;
                }

                excerpts?.First(match.Key, literal, match.Start, match.Length);
                mentions.Add(match.Key);
                if (!autolink || match.Key.Kind != ContentKind.Person)
                {
                    continue;
                }

                if (match.Start > consumed)
                {
                    current = InsertAfter(current, new LiteralInline(Slice(consumed, match.Start - consumed)));
                }

                var link = new LinkInline(HtmlWikiLinkRenderer.RootPrefix + match.Key.Url + "index.html", "");
                link.AppendChild(new LiteralInline(Slice(match.Start, match.Length)));
                current = InsertAfter(current, link);
                consumed = match.Start + match.Length;
            }

            if (consumed > 0)
            {
                if (consumed < content.Length)
                {
                    InsertAfter(current, new LiteralInline(Slice(consumed, content.Length - consumed)));
                }

                literal.Remove();
            }
        }

        return mentions;
    }

    private static Inline InsertAfter(Inline anchor, Inline next)
    {
        anchor.InsertAfter(next);
        return next;
    }

    private static bool IsPlainText(LiteralInline literal)
    {
        ContainerInline? root = null;
        for (var parent = literal.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline)
            {
                return false;
            }

            root = parent;
        }

        // Text in a heading is plain text too, but a link inside a heading reads badly.
        return root?.ParentBlock is not HeadingBlock;
    }

    private static bool IsSafeBodyUrl(string url)
    {
        var text = url.Trim();
        var colon = text.IndexOf(':');
        if (colon < 0)
        {
            return true;
        }

        // A colon after a '/', '?' or '#' is part of a path or query, not a scheme.
        var firstDelimiter = text.IndexOfAny(['/', '?', '#']);
        if (firstDelimiter >= 0 && firstDelimiter < colon)
        {
            return true;
        }

        return UrlRules.IsAllowed(text);
    }

    private static void Remove(MarkdownObject node)
    {
        switch (node)
        {
            case Inline inline:
                inline.Remove();
                break;
            case Block { Parent: { } parent } block:
                parent.Remove(block);
                break;
        }
    }

    /// <summary>
    /// The lists a body's walk fills and empties, one set per thread: made for each body, they grew from nothing every
    /// time, ~40 MB of arrays on 10,000 briefs. Taken off the thread while in use, so a body that throws leaves its
    /// set behind; emptied on return, so no body's nodes stay reachable; a huge body's lists are not kept.
    /// </summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? t_scratch;

        public List<MarkdownObject> Nodes { get; } = [];

        public List<LiteralInline> Literals { get; } = [];

        public List<NameMatch> Matches { get; } = [];

        public List<WikiLinkInline> WikiLinks { get; } = [];

        public ExcerptCollector Excerpts { get; } = new();

        public static Scratch Take()
        {
            var scratch = t_scratch ?? new Scratch();
            t_scratch = null;
            return scratch;
        }

        public void Return()
        {
            Nodes.Clear();
            Literals.Clear();
            Matches.Clear();
            WikiLinks.Clear();
            Excerpts.Clear();
            if (Nodes.Capacity <= 64 * 1024)
            {
                t_scratch = this;
            }
        }
    }

    /// <summary>
    /// What Markdig's parse or render threw: it refuses, with an ArgumentException, input nested deeper than it
    /// can handle without overflowing the stack. Told apart by where it was thrown, not by the exception's
    /// Source, which the natively compiled tool does not know.
    /// </summary>
    private sealed class TooDeepException(ArgumentException inner) : Exception(inner.Message, inner);

    /// <summary>
    /// The document's HTML as UTF-8, encoded from the renderer's builder chunk by chunk: no string of it is made; and
    /// where each embed's card goes in it, in bytes.
    /// </summary>
    private (byte[] Html, IReadOnlyList<Embed> Embeds) RenderHtml(MarkdownDocument document, List<EmbedBlock> embeds)
    {
        var renderer = ReusedHtmlRenderer.For(_pipeline);
        renderer.Render(document);
        renderer.Writer.Flush();
        var builder = ((StringWriter)renderer.Writer).GetStringBuilder();
        var placed = embeds.Count == 0 ? [] : Placed(builder, embeds);
        var html = Utf8(builder);
        renderer.Return();
        return (html, placed);
    }

    /// <summary>Where each embed's card goes, in bytes; only bodies with embeds pay for the string the offsets are counted over.</summary>
    private static Embed[] Placed(StringBuilder builder, List<EmbedBlock> embeds)
    {
        var text = builder.ToString();
        return embeds.Where(e => e.HtmlOffset >= 0)
            .Select(e => e.Resolved! with { Utf8Offset = Encoding.UTF8.GetByteCount(text.AsSpan(0, e.HtmlOffset)) })
            .ToArray();
    }

    /// <summary>
    /// One HTML renderer per thread and pipeline, its builder cleared for each body: a renderer made per body, with its
    /// object renderers and a builder grown anew to the body's length, was about a third of what the Markdown stage
    /// allocated. A renderer a body failed in is dropped, so no half-written state reaches the next body.
    /// </summary>
    private sealed class ReusedHtmlRenderer : HtmlRenderer
    {
        [ThreadStatic]
        private static ReusedHtmlRenderer? t_renderer;

        private readonly MarkdownPipeline _pipeline;

        private ReusedHtmlRenderer(MarkdownPipeline pipeline)
            : base(new StringWriter(new StringBuilder(16 * 1024)))
        {
            _pipeline = pipeline;
            pipeline.Setup(this);
        }

        public static ReusedHtmlRenderer For(MarkdownPipeline pipeline)
        {
            var renderer = t_renderer;
            // Taken off the thread while in use: a body that throws leaves it behind, and the next gets a new one.
            t_renderer = null;
            if (renderer is null || !ReferenceEquals(renderer._pipeline, pipeline))
            {
                return new ReusedHtmlRenderer(pipeline);
            }

            renderer.Reset();
            return renderer;
        }

        /// <summary>Gives the renderer back to the thread once its output has been read; a huge body's builder is not kept.</summary>
        public void Return()
        {
            if (((StringWriter)Writer).GetStringBuilder().Capacity <= 1024 * 1024)
            {
                t_renderer = this;
            }
        }
    }

    /// <summary>The builder's text as UTF-8, encoded as pages are, then copied out of the pooled buffer at its exact length.</summary>
    private static byte[] Utf8(StringBuilder builder)
    {
        var (buffer, length) = OutputBuffers.Encode(builder);
        var html = buffer.AsSpan(0, length).ToArray();
        OutputBuffers.Pool.Return(buffer);
        return html;
    }
}
