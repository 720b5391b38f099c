using System.Text;

namespace Briefings.Cli.Serve;

/// <summary>
/// The live-reload client, added to HTML responses as they are served and never written into the output,
/// so a served page and a built page differ only in this script.
/// </summary>
internal static class ReloadScript
{
    public const string EventsPath = "/__briefings/events";

    // The overlay is built with textContent, never innerHTML: diagnostics quote the author's content.
    // A page reloads only when its own file or a stylesheet or script changed, so a reader of an
    // unrelated page is not interrupted by every save.
    private const string Script = $$"""
        <script data-briefings-live-reload>
        (() => {
          const here = decodeURIComponent(location.pathname).replace(/index\.html$/, "");
          const overlayId = "__briefings-overlay";
          const clear = () => document.getElementById(overlayId)?.remove();
          const show = (lines) => {
            clear();
            const box = document.createElement("div");
            box.id = overlayId;
            box.setAttribute("role", "alert");
            box.style.cssText = "all:initial;position:fixed;inset:0 0 auto 0;z-index:2147483647;max-height:60vh;overflow:auto;" +
              "background:#2b0b0b;color:#ffdcdc;border-bottom:4px solid #e5484d;padding:1rem 1.25rem;" +
              "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:pre-wrap;box-sizing:border-box";
            const title = document.createElement("div");
            title.style.cssText = "font-weight:bold;margin-bottom:.5rem;color:#fff";
            title.textContent = "Briefings: the site has errors; showing the last good build";
            box.appendChild(title);
            for (const line of lines) {
              const row = document.createElement("div");
              row.textContent = line;
              box.appendChild(row);
            }
            document.body.appendChild(box);
          };
          const events = new EventSource("{{EventsPath}}");
          events.addEventListener("reload", (e) => {
            const changed = JSON.parse(e.data);
            if (changed === "*" || changed.some((p) => p === here || /\.(css|js)$/.test(p))) {
              location.reload();
            } else {
              clear();
            }
          });
          events.addEventListener("build-error", (e) => show(JSON.parse(e.data)));
        })();
        </script>

        """;

    private static readonly byte[] ScriptBytes = Encoding.UTF8.GetBytes(Script);

    private static readonly byte[] BodyEnd = "</body>"u8.ToArray();

    /// <summary>The page with the script before its last &lt;/body&gt;, or at the end when it has none.</summary>
    public static byte[] Inject(ReadOnlySpan<byte> html)
    {
        var at = LastIndexOfIgnoreCase(html, BodyEnd);
        if (at < 0)
        {
            at = html.Length;
        }

        var result = new byte[html.Length + ScriptBytes.Length];
        html[..at].CopyTo(result);
        ScriptBytes.CopyTo(result.AsSpan(at));
        html[at..].CopyTo(result.AsSpan(at + ScriptBytes.Length));
        return result;
    }

    private static int LastIndexOfIgnoreCase(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> needle)
    {
        for (var i = haystack.Length - needle.Length; i >= 0; i--)
        {
            if (Ascii.EqualsIgnoreCase(haystack.Slice(i, needle.Length), needle))
            {
                return i;
            }
        }

        return -1;
    }
}
