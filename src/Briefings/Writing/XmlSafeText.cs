using System.Text;
using System.Xml;

namespace Briefings.Writing;

/// <summary>Text for XML files (feeds, sitemap) and for what must read as they do (search snippets).</summary>
public static class XmlSafeText
{
    /// <summary>XML 1.0 cannot hold most control characters at all; drop them rather than fail the file.</summary>
    public static string Clean(string text)
    {
        // Every title, name and summary of every feed passes here; almost none needs cleaning.
        var first = FirstInvalid(text, 0);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var start = 0;
        for (var bad = first; bad >= 0; bad = FirstInvalid(text, start))
        {
            builder.Append(text, start, bad - start);
            start = bad + 1;
        }

        return builder.Append(text, start, text.Length - start).ToString();
    }

    /// <summary>The first character XML cannot hold from <paramref name="from"/> on; a well-formed surrogate pair (an emoji) it can.</summary>
    private static int FirstInvalid(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                continue;
            }

            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}
