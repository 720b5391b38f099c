using Briefings.Diagnostics;

namespace Briefings.Content;

/// <summary>
/// An <c>image:</c> as written in front-matter: a lead image, a portrait or a logo. <see cref="Src"/> is relative to
/// the content file, or to static/; <see cref="Alt"/> is required, and its absence is reported where the image is
/// resolved, so a missing one is one diagnostic however the image is used.
/// </summary>
public sealed record ImageRef(string Src, TextPosition SrcAt, string? Alt, TextPosition At, string? Caption, string? Credit);

public static class ImageRefReader
{
    /// <summary>Reads <c>image: { src, alt, caption, credit }</c>; <paramref name="captioned"/> allows the last two (briefs only).</summary>
    public static ImageRef? Read(YamlFields fields, bool captioned)
    {
        if (fields.Mapping("image") is not { } image)
        {
            return null;
        }

        var src = image.Located("src", required: true);
        var alt = image.String("alt");
        var caption = captioned ? image.String("caption") : null;
        var credit = captioned ? image.String("credit") : null;
        image.ReportUnknownKeys("an image");
        return src is { } located ? new ImageRef(located.Value.Trim(), located.At, alt, fields.KeyAt("image"), caption, credit) : null;
    }
}
