using Microsoft.AspNetCore.Http;

namespace Briefings.Cli.Serve;

/// <summary>
/// The preview listens on 127.0.0.1 only, but a page on another domain whose name is made to resolve to
/// 127.0.0.1 (DNS rebinding) reaches it too, under its own Host. Only a Host that names the loopback
/// address and port being served is answered, so such a page can read neither drafts nor diagnostics.
/// </summary>
internal static class LoopbackHost
{
    private static readonly string[] Names = ["127.0.0.1", "localhost", "[::1]"];

    public static bool Allows(HostString host, int port)
    {
        if (!host.HasValue)
        {
            return false;
        }

        // HostString gives an IPv6 address in its brackets, as the header writes it.
        return Names.Contains(host.Host, StringComparer.OrdinalIgnoreCase) && (host.Port ?? 80) == port;
    }
}
