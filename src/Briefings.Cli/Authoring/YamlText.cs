using System.Globalization;
using System.Text;

namespace Briefings.Cli.Authoring;

/// <summary>Writes a user's text as a YAML double-quoted scalar, so a title like <c>Yes: "no"</c> stays one string.</summary>
internal static class YamlText
{
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
