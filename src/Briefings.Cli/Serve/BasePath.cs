namespace Briefings.Cli.Serve;

/// <summary>The URL prefix the site is served under, always "/" or "/a/b/": how a static host mounts it in a sub-folder.</summary>
internal sealed record BasePath(string Value)
{
    public static readonly BasePath Root = new("/");

    /// <summary>Accepts "x/briefings", "/x/briefings" or "/x/briefings/"; null when a segment could not be part of a URL path.</summary>
    public static BasePath? Parse(string? text)
    {
        var segments = (text ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".." || s.Any(c => char.IsControl(c) || c is '?' or '#' or '\\')))
        {
            return null;
        }

        return segments.Length == 0 ? Root : new BasePath("/" + string.Join('/', segments) + "/");
    }

    /// <summary>The site-relative part of a decoded request path, or null when the path lies outside the prefix.</summary>
    public string? Strip(string path) => path.StartsWith(Value, StringComparison.Ordinal) ? path[Value.Length..] : null;

    /// <summary>The prefix percent-encoded segment by segment, for Location headers and printed URLs.</summary>
    public string Encoded => string.Concat(Value.Split('/').Select((s, i) => (i == 0 ? "" : "/") + Uri.EscapeDataString(s)));

    public override string ToString() => Value;
}
