using Briefings.Diagnostics;

namespace Briefings.Content;

/// <summary>Finds every content file of a site and reads them in parallel into typed records.</summary>
public static class ContentLoader
{
    public static LoadedContent? Load(SiteSource source, bool includeDrafts, DiagnosticBag diagnostics, ContentCache? cache = null)
    {
        var config = SiteConfigReader.Read(source.ConfigPath, source.Relative(source.ConfigPath), diagnostics);
        if (config is null)
        {
            return null;
        }

        var files = ContentFiles.Find(source, diagnostics);
        var results = new object?[files.Count];
        Parallel.For(0, files.Count, i => results[i] = cache is null
            ? ReadOne(source, config, files[i], diagnostics)
            : cache.GetOrRead(files[i].FullPath, diagnostics, own => ReadOne(source, config, files[i], own)));
        cache?.Retain(files.Select(f => f.FullPath).ToList());

        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            if (results[i] is null && files[i].Kind is ContentKind.Person or ContentKind.Organization)
            {
                // Remember the id so that references to a broken file do not each add a second error.
                unreadable.Add(Path.GetFileNameWithoutExtension(files[i].FullPath));
            }
        }

        var briefs = results.OfType<Brief>().Where(b => includeDrafts || !b.Draft).ToList();
        return new LoadedContent(
            source,
            config,
            briefs,
            results.OfType<Person>().ToList(),
            results.OfType<Organization>().ToList(),
            results.OfType<Topic>().ToList(),
            results.OfType<CommitmentDocument>().ToList(),
            unreadable);
    }

    private static object? ReadOne(SiteSource source, SiteConfig config, ContentFile file, DiagnosticBag diagnostics)
    {
        var relative = source.Relative(file.FullPath);
        using var text = TextFileReader.ReadUtf8(file.FullPath, relative, config.MaxFileBytes, diagnostics);
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
