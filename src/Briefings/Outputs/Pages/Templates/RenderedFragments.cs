namespace Briefings.Outputs.Pages.Templates;

/// <summary>
/// The output of the reusable partials (<see cref="Compilation.CompiledTemplate.IsReusable"/>) rendered from one shared,
/// read-only model, by template and page root, as the UTF-8 it is written in: a person's chip, an actor's link, a status badge, the same on every page
/// at that depth. Kept on the model, as a handful of entries read without a lock, rather than in one dictionary for the
/// whole site, whose key had to be hashed from the model's and the template's identity for every include: the lookups
/// were a tenth of what an include cost. Only one renderer's entries are kept: a new render of the site (serve's next
/// rebuild, with templates perhaps changed) starts the model's afresh, so no output outlives the render that made it.
/// </summary>
internal sealed class RenderedFragments
{
    /// <summary>A model is shown through a few partials at a few depths; past this, outputs are simply not kept.</summary>
    private const int Limit = 16;

    private readonly object _renderer;
    private readonly (LoadedTemplate Template, object Root, byte[] Html)[] _entries;

    private RenderedFragments(object renderer, (LoadedTemplate, object, byte[])[] entries) => (_renderer, _entries) = (renderer, entries);

    public static byte[]? Find(TemplateModel model, object renderer, LoadedTemplate template, object root)
    {
        if (Volatile.Read(ref model.Fragments) is not { } fragments || fragments._renderer != renderer)
        {
            return null;
        }

        foreach (var (known, knownRoot, html) in fragments._entries)
        {
            if (ReferenceEquals(known, template) && Equals(knownRoot, root))
            {
                return html;
            }
        }

        return null;
    }

    public static void Add(TemplateModel model, object renderer, LoadedTemplate template, object root, byte[] html)
    {
        while (true)
        {
            var old = Volatile.Read(ref model.Fragments);
            (LoadedTemplate, object, byte[])[] entries = old is not null && old._renderer == renderer ? old._entries : [];
            if (entries.Length >= Limit)
            {
                return;
            }

            var next = new RenderedFragments(renderer, [.. entries, (template, root, html)]);
            if (Interlocked.CompareExchange(ref model.Fragments, next, old) == old)
            {
                return;
            }
        }
    }
}
