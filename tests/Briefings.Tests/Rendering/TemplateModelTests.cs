using Briefings.Outputs.Pages.Templates;
using Scriban;
using Scriban.Runtime;

namespace Briefings.Tests.Rendering;

/// <summary>
/// Template models keep their fields in one array read by a short hash; whatever the hash, a field is found by its
/// whole name, and Scriban's interpreter sees the same object as compiled templates do.
/// </summary>
public sealed class TemplateModelTests
{
    [Fact]
    public void Names_with_the_same_hash_are_still_different_fields()
    {
        // Same length, first, middle and last character: the same hash.
        Assert.Equal(TemplateModel.Hash("axxb"), TemplateModel.Hash("ayxb"));
        var model = new TemplateModel { ["axxb"] = 1, ["ayxb"] = 2 };

        Assert.Equal(1, model["axxb"]);
        Assert.Equal(2, model["ayxb"]);
        Assert.True(model.TryGet("ayxb", TemplateModel.Hash("ayxb"), out var value));
        Assert.Equal(2, value);
        Assert.False(model.TryGet("azxb", TemplateModel.Hash("azxb"), out _));
        Assert.Null(model["missing"]);
        Assert.Equal(2, model.Count);
    }

    [Fact]
    public void Fields_keep_the_order_they_were_first_set_in_and_grow_past_the_capacity()
    {
        var model = new TemplateModel(1);
        foreach (var name in new[] { "url", "title", "root", "description", "section" })
        {
            model[name] = name.ToUpperInvariant();
        }

        model["title"] = "Replaced";

        Assert.Equal(["url", "title", "root", "description", "section"], model.GetMembers());
        Assert.Equal("Replaced", model["title"]);
        Assert.Equal(["URL", "Replaced", "ROOT", "DESCRIPTION", "SECTION"], model.Select(field => field.Value));
        Assert.True(model.Remove("root"));
        Assert.Equal(["url", "title", "description", "section"], model.GetMembers());
        Assert.False(model.Contains("root"));
    }

    [Fact]
    public void A_read_only_model_refuses_every_write()
    {
        var model = new TemplateModel { ["name"] = "Ana" };
        model.IsReadOnly = true;

        Assert.Throws<InvalidOperationException>(() => model["name"] = "Bo");
        Assert.False(model.CanWrite("name"));
        Assert.False(model.TrySetValue(null, default, "name", "Bo", false));
        Assert.False(model.Remove("name"));
        Assert.Equal("Ana", model["name"]);
    }

    [Fact]
    public void A_template_that_assigns_to_a_shared_summary_fails_and_leaves_it_as_it_was()
    {
        var summary = new TemplateModel { ["name"] = "Ana" };
        summary.IsReadOnly = true;
        var globals = new TemplateModel { ["person"] = summary };
        var context = new TemplateContext();
        context.PushGlobal(globals);

        Assert.Equal("Ana", Template.Parse("{{ person.name }}").Render(context));
        Assert.ThrowsAny<Scriban.Syntax.ScriptRuntimeException>(() => Template.Parse("{{ person.name = 'Bo' }}").Render(context));
        Assert.Equal("Ana", summary["name"]);
    }

    [Fact]
    public void A_deep_clone_is_writable_and_copies_the_models_it_holds()
    {
        var inner = new TemplateModel { ["slug"] = "offered" };
        var model = new TemplateModel { ["status"] = inner, ["title"] = "Pledge" };
        model.IsReadOnly = true;

        var copy = (TemplateModel)model.Clone(deep: true);
        copy["title"] = "Changed";
        ((TemplateModel)copy["status"]!)["slug"] = "kept";

        Assert.Equal("Pledge", model["title"]);
        Assert.Equal("offered", inner["slug"]);
        Assert.NotSame(inner, copy["status"]);
        Assert.Same(inner, ((TemplateModel)model.Clone(deep: false))["status"]);
    }

    /// <summary>What a site's own templates may do with a model, printed as Scriban prints a <see cref="ScriptObject"/> holding the same.</summary>
    [Theory]
    [InlineData("{{ page }}")]
    [InlineData("{{ page.nested }}")]
    [InlineData("{{ [page] }}")]
    [InlineData("{{ page | object.to_json }}")]
    [InlineData("{{ page | object.has_key 'title' }} {{ page | object.has_key 'nope' }}")]
    [InlineData("{{ page | object.keys | array.join ',' }}")]
    [InlineData("{{ page | object.values | array.join ',' }}")]
    [InlineData("{{ page | object.size }}")]
    [InlineData("{{ page | object.typeof }} {{ page.nested | object.typeof }} {{ page.list | object.typeof }}")]
    [InlineData("{{ page | object.format 'x' }}")]
    [InlineData("{{ for p in page }}{{ p.key }}={{ p.value }};{{ end }}")]
    [InlineData("{{ page['title'] }} {{ page.missing }}|{{ page.nested.a }}")]
    [InlineData("{{ with page }}{{ title }}{{ end }}")]
    [InlineData("{{ page.title = 'X'; page.title }} {{ page.nested.a = 5; page.nested.a }}")]
    [InlineData("{{ page == page }} {{ page != null }} {{ if page }}yes{{ end }}")]
    public void Scriban_sees_it_as_it_sees_a_script_object(string template)
    {
        string Render(IScriptObject page)
        {
            var context = new TemplateContext();
            context.PushGlobal(new ScriptObject { ["page"] = page });
            return Template.Parse(template).Render(context);
        }

        var expected = Render(new ScriptObject { ["title"] = "T", ["url"] = "u/", ["list"] = new ScriptArray { 1, 2 }, ["nested"] = new ScriptObject { ["a"] = 1 } });
        var actual = Render(new TemplateModel { ["title"] = "T", ["url"] = "u/", ["list"] = new ScriptArray { 1, 2 }, ["nested"] = new TemplateModel { ["a"] = 1 } });

        Assert.Equal(expected, actual);
    }
}
