using System.Text;

namespace Briefings.Tests.Support;

/// <summary>
/// Lays compact JSON out one value per line, so that a snapshot's diff shows the field that changed. Every
/// character of the input is kept, in order: only line breaks and indentation are added, never inside a string.
/// </summary>
public static class JsonLayout
{
    public static string Indent(string json)
    {
        var output = new StringBuilder(json.Length * 2);
        var depth = 0;
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                output.Append(c);
                if (c == '\\')
                {
                    output.Append(json[++i]);
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    output.Append(c);
                    break;
                case '{' or '[' when i + 1 < json.Length && json[i + 1] is '}' or ']':
                    // An empty object or list stays on its line.
                    output.Append(c).Append(json[++i]);
                    break;
                case '{' or '[':
                    output.Append(c);
                    NewLine(output, ++depth);
                    break;
                case '}' or ']':
                    NewLine(output, --depth);
                    output.Append(c);
                    break;
                case ',':
                    output.Append(c);
                    NewLine(output, depth);
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }

        return output.ToString();
    }

    private static void NewLine(StringBuilder output, int depth) => output.Append('\n').Append(' ', 2 * depth);
}
