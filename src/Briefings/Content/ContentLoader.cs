using System.Collections.Concurrent;
using Briefings.Diagnostics;

namespace Briefings.Content;

/// <summary>Finds every content file of a site and reads them in parallel into typed records.</summary>
public static class ContentLoader
{
    public static LoadedContent? Load(SiteSource source, PublishingOptions options, DiagnosticBag diagnostics, ContentCache? cache = null) =>
        Load(source, options, diagnostics, cache, Publishing.TodayUtc);

    /// <summary>As the build loads, with <paramref name="today"/> standing in for the clock when no as-of date is set.</summary>
    public static LoadedContent? Load(SiteSource source, PublishingOptions options, DiagnosticBag diagnostics, ContentCache? cache, Func<DateOnly> today)
    {
        var config = SiteConfigReader.Read(source.ConfigPath, source.Relative(source.ConfigPath), diagnostics);
        if (config is null)
        {
            return null;
        }

        var read = ReadAll(source, config, diagnostics, cache);
        read.Sort((a, b) => ContentFiles.ByPath(a.File, b.File));
        cache?.Retain(read.Select(r => r.File.FullPath).ToList());

        // Remember what broken files would have been, so that what refers to them adds no second error of its own.
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        var unreadableBriefs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, result) in read)
        {
            if (result is null && file.Kind is ContentKind.Person or ContentKind.Organization)
            {
                unreadable.Add(Path.GetFileNameWithoutExtension(file.FullPath));
            }
            else if (result is null && file.Kind == ContentKind.Brief)
            {
                unreadableBriefs.TryAdd(Slugs.FromBriefFileName(Path.GetFileNameWithoutExtension(file.FullPath)), source.Relative(file.FullPath));
            }
        }

        var results = read.Select(r => r.Result).ToList();
        var publishing = Publishing.Resolve(options, config, today);
        var briefs = new List<Brief>();
        var expired = new List<Brief>();
        var leftOut = new Dictionary<string, LeftOutBrief>(StringComparer.Ordinal);
        foreach (var brief in results.OfType<Brief>())
        {
            var state = publishing.StateOf(brief);
            if (state == PublicationState.Published)
            {
                briefs.Add(brief);
                continue;
            }

            leftOut.TryAdd(brief.Slug, new LeftOutBrief(brief, state));
            if (state == PublicationState.Expired)
            {
                expired.Add(brief);
            }
        }

        return new LoadedContent(
            source,
            config,
            briefs,
            results.OfType<Person>().ToList(),
            results.OfType<Organization>().ToList(),
            results.OfType<Topic>().ToList(),
            results.OfType<CommitmentDocument>().ToList(),
            unreadable,
            unreadableBriefs,
            leftOut)
        {
            Publishing = publishing,
            Expired = expired,
        };
    }

    /// <summary>Reads one brief's file again through <paramref name="cache"/>, for serve's rebuild after it alone changed.</summary>
    public static object? ReadBrief(SiteSource source, SiteConfig config, string fullPath, DiagnosticBag diagnostics, ContentCache cache)
    {
        var file = new ContentFile(ContentKind.Brief, fullPath);
        return cache.GetOrRead(fullPath, diagnostics, own => ReadOne(source, config, file, own));
    }

    /// <summary>
    /// Reads each file as soon as the walk finds it: the walk lists folders on one core, one entry at a time,
    /// and the other cores no longer wait for the whole list before they start reading.
    /// </summary>
    private static List<(ContentFile File, object? Result)> ReadAll(SiteSource source, SiteConfig config, DiagnosticBag diagnostics, ContentCache? cache)
    {
        using var found = new BlockingCollection<ContentFile>();
        var read = new ConcurrentQueue<(ContentFile File, object? Result)>();
        var readers = Task.Run(() => Parallel.ForEach(
            Partitioner.Create(found.GetConsumingEnumerable(), EnumerablePartitionerOptions.NoBuffering),
            file => read.Enqueue((file, cache is null
                ? ReadOne(source, config, file, diagnostics)
                : cache.GetOrRead(file.FullPath, diagnostics, own => ReadOne(source, config, file, own))))));
        try
        {
            ContentFiles.Visit(source, diagnostics, found.Add);
        }
        finally
        {
            found.CompleteAdding();
            // Even when the walk failed, no reader may still be running once the collection is disposed; a reader's
            // own failure is thrown just below.
            SideTasks.WaitQuietly(readers);
        }

        readers.GetAwaiter().GetResult();
        return [.. read];
    }

    private static object? ReadOne(SiteSource source, SiteConfig config, ContentFile file, DiagnosticBag diagnostics)
    {
        var relative = source.Relative(file.FullPath);
        using var text = TextFileReader.ReadUtf8(file.FullPath, relative, config.MaxFileBytes, diagnostics, file.Length);
        if (text is null)
        {
            return null;
        }

        var document = FrontMatterParser.Parse(relative, text.Bytes, diagnostics);
        if (document is null)
        {
            return null;
        }

        var fields = YamlFields.Of(document, relative, diagnostics);
        var stem = Path.GetFileNameWithoutExtension(file.FullPath);
        if (file.Kind == ContentKind.Brief)
        {
            return BriefReader.Read(stem, document, fields);
        }

        if (!Slugs.IsValid(stem))
        {
            var suggestion = Slugs.Slugify(stem);
            diagnostics.Error(Codes.InvalidId, relative, TextPosition.File,
                $"file name '{stem}' is not a valid id: use lower-case letters, digits and hyphens" +
                (suggestion.Length > 0 ? $"; rename it to '{suggestion}.md'" : ""));
        }

        return file.Kind switch
        {
            ContentKind.Person => EntityReaders.ReadPerson(stem, document, fields),
            ContentKind.Organization => EntityReaders.ReadOrganization(stem, document, fields),
            ContentKind.Topic => EntityReaders.ReadTopic(stem, document, fields),
            _ => EntityReaders.ReadCommitment(stem, document, fields),
        };
    }
}
