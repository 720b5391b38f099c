using System.Text;
using Briefings.Outputs.Pages.Templates;
using Scriban;

namespace Briefings.Tests.Rendering;

/// <summary>
/// Pages render straight into UTF-8 (<see cref="Utf8Output"/>): what it holds is the UTF-8 of the text written to it, however
/// the text comes in pieces and the buffer grows; a value escaped into it is what escaping it as a string and encoding gives;
/// and a member read from models keyed by other instances of the same name finds the field on each.
/// </summary>
public sealed class Utf8OutputTests
{
    public static TheoryData<string> Texts => new()
    {
        "",
        "plain ascii",
        "Tom & <Jerry> \"quoted\" 'single'",
        "&&&<<<>>>\"\"''",
        "é日本😀 & <x>",
        "a\uD83D b",
        "\uDE00 lone low & high \uD83D",
        new string('x', 70_000) + "é" + new string('<', 10_000),
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Text_written_in_pieces_as_strings_and_as_bytes_is_its_utf8(string text)
    {
        var output = new Utf8Output();
        var expected = new List<byte>();
        var random = new Random(text.Length);
        var at = 0;
        while (at < text.Length)
        {
            var length = Math.Min(random.Next(1, 5_000), text.Length - at);
            // Pieces never split a pair: a page writes whole strings.
            if (char.IsHighSurrogate(text[at + length - 1]) && at + length < text.Length && char.IsLowSurrogate(text[at + length]))
            {
                length++;
            }

            var piece = text.Substring(at, length);
            if (random.Next(2) == 0)
            {
                output.Write(piece, 0, piece.Length);
            }
            else
            {
                output.Write(Encoding.UTF8.GetBytes(piece));
            }

            expected.AddRange(Encoding.UTF8.GetBytes(piece));
            at += length;
        }

        Assert.Equal(expected.ToArray(), output.Written.ToArray());
        Assert.Equal(Encoding.UTF8.GetBytes(text), output.Written.ToArray());
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_value_escaped_into_the_output_is_the_escaped_string_encoded(string text)
    {
        var output = new Utf8Output();
        output.Write("before ", 0, 7);

        Html.Escape(text, output);

        Assert.Equal(Encoding.UTF8.GetBytes("before " + Html.Escape(text)), output.Written.ToArray());
    }

    [Fact]
    public void A_detached_buffer_holds_the_page_and_the_output_starts_empty()
    {
        var output = new Utf8Output();
        output.Write("<p>page</p>", 0, 11);

        var (buffer, length) = output.Detach();
        output.Write("next", 0, 4);

        Assert.Equal("<p>page</p>", Encoding.UTF8.GetString(buffer, 0, length));
        Assert.Equal("next", output.ToString());
    }

    [Fact]
    public void A_member_is_found_on_models_whose_names_are_other_instances_of_it()
    {
        var files = new Dictionary<string, Template>
        {
            ["page.html"] = Template.Parse("{{ for x in page.items }}[{{ x.title }}]{{ end }}", "templates/page.html"),
        };
        var templates = TemplateSet.FromParsed(files, [], compile: true);
        Assert.True(templates.IsCompiled);
        using var renderer = new PageRenderer(templates, new TemplateModel());
        // The first model lends its own instance of the name to the compiled read; the others hold other instances.
        var items = new Scriban.Runtime.ScriptArray();
        foreach (var title in new[] { "one", "two", "three" })
        {
            items.Add(new TemplateModel { [new string("title".AsSpan())] = title, [new string("titl".AsSpan()) + "e2"] = "other" });
        }

        items.Add(new TemplateModel { ["title"] = "literal" });

        for (var page = 0; page < 3; page++)
        {
            Assert.Equal("[one][two][three][literal]", renderer.Render("page.html", new TemplateModel { ["items"] = items }, layout: null));
        }
    }
}
