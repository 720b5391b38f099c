using System.Net;
using System.Text;

namespace Briefings.Search;

/// <summary>The text of rendered body HTML, for indexing: tags dropped, entities decoded.</summary>
public static class PlainText
{
    public static string FromHtml(string html)
    {
        var builder = new StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
                builder.Append(' ');
            }
            else if (c == '>')
            {
                inTag = false;
            }
            else if (!inTag)
            {
                builder.Append(c);
            }
        }

        return WebUtility.HtmlDecode(builder.ToString());
    }
}
