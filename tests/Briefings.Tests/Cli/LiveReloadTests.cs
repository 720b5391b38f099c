using System.Text.Json;
using Briefings.Cli.Serve;

namespace Briefings.Tests.Cli;

public sealed class LiveReloadTests
{
    /// <summary>The event data pages parse: written by hand, it must read as what the serializer would have written.</summary>
    public static TheoryData<string[]> Lists => new()
    {
        Array.Empty<string>(),
        new[] { "/briefs/a/", "/" },
        new[] { "content/briefs/x.md:3:1: error BRF101: unknown person 'Zelensky' \"quoted\" <b>&</b>", "tab\there\nnew line", "Café — Київ 😀", "\u0001\u007f\u2028" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void A_list_of_strings_is_written_as_the_serializer_writes_it(string[] values)
    {
        var written = LiveReload.JsonArray(values);

        Assert.Equal(JsonSerializer.Serialize(values), written);
        Assert.Equal(values, JsonSerializer.Deserialize<string[]>(written));
    }
}
