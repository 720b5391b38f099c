using System.Text;
using System.Text.RegularExpressions;
using Briefings.Outputs.Pages.Templates;
using Briefings.Tests.Support;
using Scriban;
using Scriban.Runtime;
using Xunit.Abstractions;

namespace Briefings.Tests.Rendering;

/// <summary>
/// A site's own templates render as Scriban renders them. Each case is one feature, rendered on three pages in a row and in
/// two builds one after the other, through the build's path (compiled when the compiler takes the set, and through the
/// interpreter) and through <see cref="ScribanReference"/>, which makes every page afresh; the texts must be the same. The
/// few cases that differ on purpose name their rule, and those rules are the ones docs/templates.md lists.
/// </summary>
public sealed partial class TemplateDifferentialTests(ITestOutputHelper output)
{
    /// <summary>Partials every case may include.</summary>
    private static readonly Dictionary<string, string> Partials = new()
    {
        ["item.html"] = "<i>{{ item }}</i>\n",
        ["card.html"] = "<a href=\"{{ root }}{{ item.url }}\">{{ item.name }}</a>",
        ["nested.html"] = "{{ item.title }}{{ for x in item.list }}{{ include 'item.html' x }}{{ end }}\n",
        ["empty.html"] = "",
        ["args.html"] = "{{ $.size }}:{{ $0 }}:{{ $1 }}:{{ $2 }}",
        ["named.html"] = "{{ $greeting }} {{ item ?? 'no item' }}",
        ["sets-x.html"] = "{{ x = page.n * 10 }}set",
        ["sets-item.html"] = "{{ item = 'changed' }}{{ item }}",
        ["defines-f.html"] = "{{ func f }}f{{ $0 }}{{ end }}",
        ["returns.html"] = "a{{ ret 'R' }}b",
        ["self.html"] = "{{ include 'self.html' }}",
        ["reads-p.html"] = "{{ p }}",
        ["increments.html"] = "{{ page.n++ }}",
        ["cycles.html"] = "{{ array.cycle ['odd', 'even'] }}",
        ["fails.html"] = "<b>\n{{ page.titel }}",
    };

    /// <summary>The cases: name, page template, and the rule of docs/templates.md it breaks on purpose, if any.</summary>
    public static readonly IReadOnlyList<(string Name, string Page, string? Rule)> Cases =
    [
        // Output and escaping
        ("text-only", "<p>plain & text</p>", null),
        ("escaped-value", "<p>{{ page.title }}</p>", null),
        ("raw-value", "{{ page.html }}", null),
        ("raw-body", "{{ page.body }}", null),
        ("raw-piped-is-escaped", "{{ page.html | string.upcase }}", null),
        ("number", "{{ page.n }} {{ 1.5 }} {{ -page.n }}", null),
        ("booleans-and-null", "{{ true }}|{{ false }}|{{ null }}|{{ page.nothing }}", null),
        ("array-printed", "{{ page.list }} {{ [page.title, 1, null] }}", null),
        ("object-printed", "{{ page.person }}", null),
        ("model-printed", "{{ page.brief }}", null),
        ("string-literals", "{{ 'a\\'b' }} {{ \"c\\\"d\" }} {{ `e\\n` }}", null),

        // Operators
        ("arithmetic", "{{ 1 + 2 * 3 }} {{ 10 / 4 }} {{ 7 // 2 }} {{ 7 % 3 }} {{ -2 * 3 }}", null),
        ("string-concat", "{{ page.title + '!' }} {{ 'n=' + page.n }}", null),
        ("comparisons", "{{ page.n > 1 }} {{ page.n == 2 }} {{ page.n != 2 }} {{ 'a' < 'b' }} {{ page.n <= 2 }}", null),
        ("logic", "{{ page.n > 1 && page.n < 3 }} {{ page.nothing || 'x' }} {{ !page.nothing }} {{ page.title and page.n }}", null),
        ("coalesce", "{{ page.nothing ?? 'fallback' }} {{ page.title ?? 'x' }} {{ page.empty ?? 'y' }}", null),
        ("coalesce-missing-member", "{{ page.nope ?? 'x' }}", null),
        ("null-safe-member", "{{ page.nothing?.x }}|{{ page.person?.name }}", null),
        ("range", "{{ 1..3 }} {{ 1..<3 }}", null),
        ("increment-member", "{{ page.n++ }}{{ page.n }}", null),
        ("read-after-increment", "{{ page.n }}{{ page.n++ }}{{ page.n }}{{ page.n-- }}{{ page.n }}", null),
        ("increment-in-loop", "{{ for x in page.list }}{{ page.n++ }}{{ end }}{{ page.n }}", null),

        // Variables and assignment
        ("assign", "{{ x = page.n + 1 }}{{ x }}", null),
        ("assign-compound", "{{ x = 1 }}{{ x += 2 }}{{ x *= 3 }}{{ x }}", null),
        ("assign-several", "{{ a = 1; b = a + 1 }}{{ a }}{{ b }}", null),
        ("assign-local", "{{ $x = 'local' }}{{ $x }}", null),
        ("assign-page-member", "{{ page.title = 'Changed' }}{{ page.title }}", null),
        ("assign-new-page-member", "{{ page.extra = 5 }}{{ page.extra }}", null),
        ("assign-shadows-page", "{{ page = 'p' }}{{ page }}", null),
        ("assign-summary-member", "{{ page.brief.title = 'Changed' }}{{ page.brief.title }}", "read-only-shared-models"),
        ("assign-summary-array", "{{ page.brief.topics[0] = 'x' }}{{ page.brief.topics[0] }}", "read-only-shared-models"),
        ("assign-site-member", "{{ site.title = 'Changed' }}{{ site.title }}", "read-only-shared-models"),
        ("assign-in-loop", "{{ total = 0 }}{{ for x in page.numbers }}{{ total = total + x }}{{ end }}{{ total }}", null),
        ("assign-then-loop-reads", "{{ sep = ', ' }}{{ for x in page.list }}{{ x }}{{ sep }}{{ end }}", null),
        ("undefined-variable", "ok {{ nope }}", null),
        ("misspelt-member", "ok {{ page.titel }}", null),
        ("member-of-null", "ok {{ page.nothing.x }}", null),
        ("member-of-number", "{{ page.n.x }}", null),
        ("member-of-loop-null", "{{ for x in page.holes }}{{ x.name }}{{ end }}", null),
        ("not-a-function", "{{ page.title 'x' }}", null),
        ("readonly-builtin", "{{ string = 1 }}{{ string }}", null),

        // Indexers
        ("index-array", "{{ page.list[0] }}{{ page.list[-1] }}{{ page.list[page.n] }}", null),
        ("index-out-of-range", "[{{ page.list[10] }}]", null),
        ("index-object", "{{ page['title'] }} {{ page.person['name'] }}", null),
        ("index-missing-key", "{{ page['nope'] }}", null),
        ("index-string", "{{ page.title[0] }}", null),
        ("index-nested", "{{ page.people[1].organization.name }}", null),

        // Interpolation
        ("interpolation", "{{ $\"{page.title} has {page.n + 1}\" }}", null),
        ("interpolation-nested-quote", "{{ $\"[{page.list | array.join ','}]\" }}", null),

        // Whitespace and raw
        ("whitespace-trim", "<ul>\n  {{~ for x in page.list ~}}\n  <li>{{ x }}</li>\n  {{~ end ~}}\n</ul>\n", null),
        ("whitespace-trim-non-greedy", "<p>\n  {{- page.n -}}\n</p>", null),
        ("whitespace-multiline-value", "<pre>\n    {{ page.lines }}\n</pre>", null),
        ("raw-block", "{%{ {{ page.title }} }%}", null),
        ("braces-as-text", "{{ '{{' }} x {{ '}}' }}", null),
        ("comment", "a{{# a comment }}b{{ ## another\n ## }}c", null),

        // Control flow
        ("if-else-if", "{{ if page.n > 2 }}big{{ else if page.n == 2 }}two{{ else }}small{{ end }}", null),
        ("if-truthiness", "{{ if '' }}a{{ else }}b{{ end }}{{ if 0 }}c{{ else }}d{{ end }}{{ if page.empty }}e{{ else }}f{{ end }}{{ if page.list }}g{{ end }}", null),
        ("if-null", "{{ if page.nothing }}a{{ else }}b{{ end }}", null),
        ("case-when", "{{ case page.n }}{{ when 1 }}one{{ when 2, 3 }}more{{ else }}other{{ end }}", null),
        ("with", "{{ with page.person }}{{ name }} {{ url }}{{ end }}", null),
        ("empty-check", "{{ page.empty.empty? }} {{ page.list.empty? }}", null),
        ("ret-at-page-level", "a{{ ret 'R' }}b", null),
        ("ret-nothing", "a{{ ret }}b", null),
        ("ret-in-loop", "{{ for x in page.list }}{{ x }}{{ if x == 'b' }}{{ ret }}{{ end }}{{ end }}after", null),
        ("break-outside-loop", "a{{ break }}b", null),

        // Loops
        ("for", "{{ for x in page.list }}{{ x }},{{ end }}", null),
        ("for-first-last", "{{ for x in page.list }}{{ if for.first }}[{{ end }}{{ x }}{{ if for.last }}]{{ end }}{{ end }}", null),
        ("for-index-rindex", "{{ for x in page.list }}{{ for.index }}/{{ for.rindex }} {{ end }}", null),
        ("for-even-odd", "{{ for x in page.list }}{{ for.even }}{{ for.odd }};{{ end }}", null),
        ("for-length", "{{ for x in page.list }}{{ for.length }}{{ end }}", null),
        ("for-changed", "{{ for x in [1, 1, 2] }}{{ for.changed }}{{ end }}", null),
        ("for-limit", "{{ for x in page.list limit:2 }}{{ x }}{{ for.last }}{{ end }}|{{ for x in page.list limit:0 }}{{ x }}{{ end }}", null),
        ("for-offset", "{{ for x in page.list offset:1 }}{{ x }}{{ end }}", null),
        ("for-reversed", "{{ for x in page.list reversed }}{{ x }}{{ end }}", null),
        ("for-all-parameters", "{{ for x in page.list offset:1 limit:2 reversed }}{{ x }}{{ end }}", null),
        ("for-else", "{{ for x in page.empty }}a{{ else }}none{{ end }}|{{ for x in page.list }}{{ x }}{{ else }}none{{ end }}", null),
        ("for-over-null", "{{ for x in page.nothing }}a{{ else }}b{{ end }}.", null),
        ("for-over-range", "{{ for i in 1..page.n }}{{ i }}{{ end }}", null),
        ("for-over-string", "{{ for c in page.title }}{{ c }}.{{ end }}", null),
        ("for-over-object", "{{ for field in page.person }}{{ field.key }}={{ field.value }};{{ end }}", null),
        ("for-over-number", "{{ for x in page.n }}{{ x }}{{ end }}", null),
        ("for-nested", "{{ for x in page.list }}{{ for y in page.numbers }}{{ x }}{{ y }}{{ for.index }}{{ end }}/{{ for.index }} {{ end }}", null),
        ("for-shadowing", "{{ for x in page.list }}{{ for x in page.numbers }}{{ x }}{{ end }}{{ x }}{{ end }}", null),
        ("for-variable-after-loop", "{{ for x in page.list }}{{ end }}{{ x }}", null),
        ("for-break-continue", "{{ for x in page.numbers }}{{ if x == 1 }}{{ continue }}{{ end }}{{ x }}{{ if x == 2 }}{{ break }}{{ end }}{{ end }}", null),
        ("for-eval-loop-variable", "{{ for x in page.list }}{{ object.eval 'x' }}{{ end }}", null),
        ("for-loop-object-printed", "{{ for x in page.numbers }}{{ for.index }}{{ end }}", null),
        ("while", "{{ i = 0 }}{{ while i < 3 }}{{ i }}{{ i += 1 }}{{ end }}", null),
        ("tablerow", "{{ tablerow x in page.list cols:3 }}{{ x }}{{ end }}", null),

        // Capture, functions, wrap
        ("capture", "{{ capture c }}<b>{{ page.title }}</b>{{ end }}[{{ c }}]", null),
        ("capture-in-loop", "{{ for x in page.list }}{{ capture c }}{{ x }}{{ x }}{{ end }}{{ c }};{{ end }}", null),
        ("capture-include", "{{ capture c }}{{ include 'item.html' 'v' }}{{ end }}{{ c }}", null),
        ("func-parameters", "{{ func add(a, b) }}{{ ret a + b }}{{ end }}{{ add 1 2 }} {{ add page.n 10 }}", null),
        ("func-dollar-arguments", "{{ func double }}{{ ret $0 * 2 }}{{ end }}{{ double page.n }}", null),
        ("func-writes", "{{ func tag }}<{{ $0 }}>{{ end }}{{ tag 'x' }}", null),
        ("func-recursion-if", "{{ func fact(n) }}{{ if n <= 1 }}{{ ret 1 }}{{ end }}{{ ret n * (fact (n - 1)) }}{{ end }}{{ fact 5 }}", null),
        ("func-reads-global", "{{ func greet }}{{ ret 'hi ' + who }}{{ end }}{{ who = page.title }}{{ greet }}", null),
        ("func-alias", "{{ func double }}{{ ret $0 * 2 }}{{ end }}{{ page.numbers | array.each @double }}", null),
        ("anonymous-function", "{{ inc = do; ret $0 + 1; end }}{{ inc page.n }}", null),
        ("wrap", "{{ func box }}<div>{{ $$ }}</div>{{ end }}{{ wrap box }}in {{ page.n }}{{ end }}", null),
        ("func-in-loop", "{{ func show }}({{ $0 }}){{ end }}{{ for x in page.list }}{{ show x }}{{ end }}", null),

        // Pipes
        ("pipe", "{{ page.title | string.upcase }}", null),
        ("pipe-chain", "{{ page.list | array.reverse | array.join ', ' }}", null),
        ("pipe-arguments", "{{ page.title | string.truncate 6 }}", null),
        ("pipe-to-func", "{{ func twice }}{{ ret $0 + $0 }}{{ end }}{{ page.title | twice }}", null),
        ("pipe-loop-variable", "{{ for x in page.list }}{{ x | string.upcase }}{{ end }}", null),
        ("pipe-nested", "{{ (page.list | array.first) + (page.list | array.last) }}", null),

        // string
        ("string-case", "{{ 'hello world' | string.capitalize }} {{ page.title | string.downcase }} {{ 'Hello World' | string.handleize }}", null),
        ("string-size", "{{ page.title | string.size }} {{ page.title.size }}", null),
        ("string-replace", "{{ page.title | string.replace '&' 'and' }} {{ 'aaa' | string.replace_first 'a' 'b' }}", null),
        ("string-split-join", "{{ 'a,b,c' | string.split ',' | array.join '-' }}", null),
        ("string-slice", "{{ page.title | string.slice 1 3 }} {{ page.title | string.slice1 2 }}", null),
        ("string-strip", "[{{ '  x  ' | string.strip }}][{{ '  x  ' | string.lstrip }}][{{ '  x  ' | string.rstrip }}]", null),
        ("string-contains", "{{ page.title | string.contains 'Tom' }} {{ page.title | string.starts_with 'T' }} {{ page.title | string.ends_with 'x' }}", null),
        ("string-pad", "{{ page.n | string.pad_left 4 }}|{{ 'x' | string.pad_right 3 }}|", null),
        ("string-append-prepend", "{{ 'b' | string.append 'c' | string.prepend 'a' }}", null),
        ("string-truncatewords", "{{ 'one two three four' | string.truncatewords 2 }}", null),
        ("string-escape", "{{ 'a\"b' | string.escape }}", null),
        ("string-md5", "{{ page.title | string.md5 }}", null),
        ("string-to-number", "{{ '42' | string.to_int + 1 }} {{ '1.5' | string.to_double }}", null),
        ("string-remove", "{{ 'abcabc' | string.remove 'b' }} {{ 'abcabc' | string.remove_first 'b' }}", null),
        ("string-literal", "{{ 'a\nb' | string.literal }}", null),

        // array
        ("array-size-first-last", "{{ page.list | array.size }} {{ page.list | array.first }} {{ page.list | array.last }}", null),
        ("array-sort", "{{ page.numbers | array.sort }}", null),
        ("array-sort-by-member", "{{ page.people | array.sort 'name' | array.map 'name' | array.join ',' }}", null),
        ("array-sort-by-path", "{{ page.people | array.sort 'organization.name' | array.map 'name' | array.join ',' }}", null),
        ("array-sort-by-missing-member", "{{ page.people | array.sort 'nmae' | array.map 'name' | array.join ',' }}", "member-names-must-exist"),
        ("array-map", "{{ page.people | array.map 'url' | array.join ' ' }}", null),
        ("array-map-missing-member", "[{{ page.people | array.map 'nmae' | array.join ',' }}]", "member-names-must-exist"),
        ("array-uniq-compact", "{{ [1, 1, null, 2] | array.uniq }} {{ [1, null, 2] | array.compact }}", null),
        ("array-add-concat", "{{ page.list | array.add 'e' }} {{ page.list | array.concat [1, 2] }}", null),
        ("array-insert-remove", "{{ page.list | array.insert_at 1 'x' }} {{ page.list | array.remove_at 0 }}", null),
        ("array-offset-limit", "{{ page.list | array.offset 1 | array.limit 2 }}", null),
        ("array-contains-index", "{{ page.list | array.contains 'b' }}", null),
        ("array-filter", "{{ func big }}{{ ret $0 > 1 }}{{ end }}{{ page.numbers | array.filter @big }}", null),
        ("array-reverse", "{{ page.list | array.reverse }}", null),
        ("array-cycle", "{{ for x in page.list }}{{ array.cycle ['odd', 'even'] }}{{ end }}", null),
        ("array-cycle-groups", "{{ array.cycle ['a', 'b'] 'g' }}{{ array.cycle ['c', 'd'] 'g' }}{{ array.cycle [1, 2] }}", null),
        ("array-literal-object", "{{ x = {a: 1, b: [1, 2]} }}{{ x.a }}{{ x.b[1] }}{{ x }}", null),
        ("array-modified-in-place", "{{ x = [1, 2] }}{{ x[0] = 5 }}{{ x }}", null),

        // object
        ("object-has-key", "{{ page.person | object.has_key 'name' }} {{ page.person | object.has_key 'nope' }}", null),
        ("object-keys-values", "{{ page.person | object.keys | array.join ',' }}|{{ page.person | object.values | array.size }}", null),
        ("object-size-typeof", "{{ page.person | object.size }} {{ page.person | object.typeof }} {{ page.list | object.typeof }} {{ page.n | object.typeof }}", null),
        ("object-default", "{{ page.nothing | object.default 'd' }} {{ page.title | object.default 'd' }}", null),
        ("object-to-json", "{{ page.person | object.to_json }}", null),
        ("object-format", "{{ 3.14159 | object.format '0.00' }}", null),
        ("object-eval", "{{ object.eval 'page.n + 1' }}", null),
        ("object-eval-assigns", "{{ page.n }}{{ object.eval 'page.n = 9' }}{{ page.n }}", null),
        ("object-eval-template", "{{ object.eval_template 'x{{ page.n }}y' }}", null),

        // date
        ("date-parse-to-string", "{{ date.parse page.date | date.to_string '%d %B %Y' }}", null),
        ("date-default-format", "{{ date.parse page.date }}", null),
        ("date-add", "{{ date.parse page.date | date.add_days 3 | date.to_string '%F' }}", null),
        ("date-parts", "{{ d = date.parse page.date }}{{ d.year }}-{{ d.month }}-{{ d.day }} {{ d.day_of_week }}", null),
        ("date-format-assignment", "{{ if page.n == 1 }}{{ date.format = '%Y' }}{{ end }}{{ date.parse page.date }}", null),

        // math
        ("math-rounding", "{{ 2.567 | math.round 1 }} {{ 2.5 | math.floor }} {{ 2.1 | math.ceil }} {{ -3 | math.abs }}", null),
        ("math-operations", "{{ page.n | math.plus 2 | math.times 3 | math.minus 1 | math.divided_by 2 | math.modulo 5 }}", null),
        ("math-format", "{{ 1234.5 | math.format 'N1' }} {{ page.n | math.is_number }} {{ 'x' | math.is_number }}", null),

        // html
        ("html-escape-is-double", "{{ page.title | html.escape }}", null),
        ("html-strip", "{{ '<b>bold</b> text' | html.strip }}", null),
        ("html-newline", "{{ 'a\nb' | html.newline_to_br }}", null),
        ("html-url", "{{ 'a b&c' | html.url_encode }} {{ 'a b/é' | html.url_escape }}", null),

        // include
        ("include", "{{ include 'item.html' page.title }}", null),
        ("include-without-argument", "[{{ include 'item.html' }}]", null),
        ("include-model", "{{ include 'card.html' page.person }}", null),
        ("include-in-loop", "{{ for p in page.people }}{{ include 'card.html' p }}{{ end }}", null),
        ("include-loop-position", "{{ for x in page.list }}{{ include 'item.html' for.index }}{{ end }}", null),
        ("include-nested", "{{ include 'nested.html' page }}", null),
        ("include-empty", "[{{ include 'empty.html' }}]", null),
        ("include-as-value", "{{ if include 'item.html' 'v' }}yes{{ end }} {{ (include 'item.html' 'w') + '!' }}", null),
        ("include-assigned", "{{ x = include 'item.html' 'v' }}{{ x }}{{ x }}", null),
        ("include-piped", "{{ 'item.html' | include }}", null),
        ("include-dynamic-name", "{{ include ('it' + 'em.html') 'v' }}", null),
        ("include-more-arguments", "{{ include 'args.html' 'a' 'b' }}", null),
        ("include-named-argument", "{{ include 'named.html' greeting: 'hello' }}", null),
        ("include-reads-page-assignment", "{{ p = 'from page' }}{{ include 'reads-p.html' }}", null),
        ("include-reads-caller-loop-variable", "{{ for p in page.list }}{{ include 'reads-p.html' }}{{ end }}", null),
        ("include-caller-loop-named-item", "{{ for item in page.list }}{{ include 'item.html' item }}{{ include 'named.html' greeting: item }}{{ end }}", null),
        ("include-assignment-seen-after", "{{ include 'sets-x.html' }}:{{ x }}", null),
        ("include-assigns-item", "{{ include 'sets-item.html' 'orig' }}|{{ include 'item.html' 'again' }}", null),
        ("include-defines-func", "{{ include 'defines-f.html' }}{{ f 1 }}", null),
        ("include-returns", "[{{ include 'returns.html' }}]", null),
        ("include-increments", "{{ include 'increments.html' }}{{ page.n }}", null),
        ("read-after-include-increments", "{{ page.n }}{{ include 'increments.html' }}{{ page.n }}", null),
        ("include-cycles", "{{ include 'cycles.html' }}{{ include 'cycles.html' }}{{ array.cycle ['odd', 'even'] }}", null),
        ("include-in-func", "{{ func card }}{{ ret include 'card.html' $0 }}{{ end }}{{ card page.person }}", null),
        ("include-missing", "{{ include 'nope.html' }}", null),
        ("include-recursive", "{{ include 'self.html' }}", null),
        ("include-no-name", "{{ include }}", null),
        ("include-error-inside", "{{ include 'fails.html' }}", null),
        ("include-join", "{{ include_join ['item.html', 'item.html'] ', ' }}", "include-join-is-refused"),

        // State from page to page, and from build to build
        ("state-assignment", "{{ if page.n == 1 }}{{ y = 'first' }}{{ end }}{{ y }}", null),
        ("state-include-assignment", "{{ if page.n == 1 }}{{ include 'sets-x.html' }}{{ end }}{{ x }}", null),
        ("state-include-func", "{{ if page.n == 1 }}{{ include 'defines-f.html' }}{{ end }}{{ f 2 }}", null),
        ("state-func", "{{ if page.n == 1 }}{{ func g }}g{{ end }}{{ end }}{{ g }}", null),
        ("state-cycle", "{{ array.cycle ['odd', 'even'] }}", null),
        ("state-cycle-in-partial", "{{ include 'cycles.html' }}", null),
        ("state-date-format", "{{ if page.n == 2 }}{{ date.format = '%Y' }}{{ end }}{{ date.parse page.date }}", null),
        ("state-builtin-member", "{{ if page.n == 1 }}{{ string.extra = 'x' }}{{ end }}{{ string.extra }}", null),
        ("state-capture", "{{ if page.n == 1 }}{{ capture c }}captured{{ end }}{{ end }}{{ c }}", null),
        ("state-page-member", "{{ page.n++ }}{{ page.n }}", null),
        ("state-local", "{{ if page.n == 1 }}{{ $l = 1 }}{{ end }}{{ $l }}", null),
        ("state-item-after-include", "{{ include 'sets-item.html' 'v' }}{{ item }}", null),

        // Layout
        ("layout", "<p>{{ page.title }}</p>", null),
        ("layout-sees-page-assignment", "{{ suffix = ' | ' + page.n }}body", null),
        ("layout-sees-include-assignment", "{{ include 'sets-x.html' }}", null),
    ];

    /// <summary>The layout of the cases that have one; the others render without.</summary>
    private static readonly Dictionary<string, string> Layouts = new()
    {
        ["layout"] = "<title>{{ page.title }}</title>\n<main>\n{{ content }}\n</main>\n",
        ["layout-sees-page-assignment"] = "<title>{{ page.title }}{{ suffix }}</title>{{ content }}",
        ["layout-sees-include-assignment"] = "{{ content }}{{ x }}",
    };

    [Fact]
    public void There_are_at_least_120_cases_each_with_its_own_name()
    {
        Assert.True(Cases.Count >= 120, $"{Cases.Count} cases");
        Assert.Equal(Cases.Count, Cases.Select(c => c.Name).Distinct().Count());
    }

    public static TheoryData<string> Names => [.. Cases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void A_template_renders_as_Scriban_renders_it(string name)
    {
        var rule = Cases.Single(c => c.Name == name).Rule;
        var files = Files(name);

        var reference = RenderAll(files, ScribanRendering(files));
        var compiled = RenderAll(files, BuildRendering(files, compile: true));
        var interpreted = RenderAll(files, BuildRendering(files, compile: false));
        output.WriteLine($"Scriban:\n{reference}\ncompiled ({(TemplateSet.FromParsed(Parse(files), [], compile: true).IsCompiled ? "taken" : "left to the interpreter")}):\n{compiled}");

        Assert.Equal(interpreted, compiled);
        if (rule is null)
        {
            Assert.Equal(reference, compiled);
        }
        else
        {
            Assert.NotEqual(reference, compiled);
            Assert.Contains(DocumentedRules()[rule], message => compiled.Contains(message, StringComparison.Ordinal));
        }
    }

    /// <summary>Cases of what failed only compiled: they must run compiled, or the comparison above would not test the compiler.</summary>
    [Theory]
    [InlineData("increment-member")]
    [InlineData("read-after-increment")]
    [InlineData("increment-in-loop")]
    [InlineData("read-after-include-increments")]
    [InlineData("state-page-member")]
    [InlineData("state-cycle")]
    [InlineData("array-sort-by-path")]
    [InlineData("include-in-loop")]
    public void A_case_within_the_compilers_subset_runs_compiled(string name)
    {
        Assert.True(TemplateSet.FromParsed(Parse(Files(name)), [], compile: true).IsCompiled);
    }

    [Fact]
    public void The_rules_the_cases_break_on_purpose_are_the_rules_docs_templates_md_lists()
    {
        Assert.Equal(
            DocumentedRules().Keys.Order(StringComparer.Ordinal),
            Cases.Where(c => c.Rule is not null).Select(c => c.Rule!).Distinct().Order(StringComparer.Ordinal));
    }

    /// <summary>The case's page, its layout if it has one, and the partials they name: one partial outside the compiler's subset would leave every case to the interpreter.</summary>
    private static Dictionary<string, string> Files(string name)
    {
        var files = new Dictionary<string, string> { ["page.html"] = Cases.Single(c => c.Name == name).Page };
        if (Layouts.TryGetValue(name, out var layout))
        {
            files["layout.html"] = layout;
        }

        while (Partials.FirstOrDefault(p => !files.ContainsKey(p.Key) && files.Values.Any(text => text.Contains(p.Key, StringComparison.Ordinal))) is { Key: not null } partial)
        {
            files.Add(partial.Key, partial.Value);
        }

        Assert.All(files, file => Assert.False(Template.Parse(file.Value).HasErrors, file.Key));
        return files;
    }

    /// <summary>The rows of the table of deliberate differences in docs/templates.md: rule name → the error messages it gives.</summary>
    private static Dictionary<string, string[]> DocumentedRules()
    {
        var docs = File.ReadAllText(Path.Combine(SampleSite.Root, "docs", "templates.md"));
        var section = docs[docs.IndexOf("## Where templates differ from Scriban", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        return section.Split('\n')
            .Select(line => line.Split(" | "))
            .Where(cells => cells.Length == 4 && cells[0].StartsWith("| `", StringComparison.Ordinal))
            .ToDictionary(
                cells => cells[0].Trim('|', ' ', '`'),
                cells => Backticked().Matches(cells[3]).Select(m => m.Groups[1].Value).ToArray());
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();

    /// <summary>Three pages in a row, twice, as two builds would render them; each page's text or error.</summary>
    private static string RenderAll(Dictionary<string, string> files, Func<Func<TemplateModel, TemplateModel, string>> build)
    {
        var text = new StringBuilder();
        for (var b = 1; b <= 2; b++)
        {
            var render = build();
            var site = Site();
            var shared = new SharedModels();
            for (var p = 1; p <= 3; p++)
            {
                text.Append($"[build {b}, page {p}] ").Append(render(Page(p, shared), site)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static Func<Func<TemplateModel, TemplateModel, string>> ScribanRendering(Dictionary<string, string> files) => () =>
    {
        var reference = new ScribanReference(files);
        return (page, site) => reference.Render("page.html", page, site, files.ContainsKey("layout.html") ? "layout.html" : null);
    };

    /// <summary>The build's renderer, one per build as in a build, pages rendered one after the other on one thread.</summary>
    private static Func<Func<TemplateModel, TemplateModel, string>> BuildRendering(Dictionary<string, string> files, bool compile) => () =>
    {
        var templates = TemplateSet.FromParsed(Parse(files), [], compile);
        PageRenderer? renderer = null;
        return (page, site) =>
        {
            renderer ??= new PageRenderer(templates, site);
            try
            {
                return renderer.Render("page.html", page, files.ContainsKey("layout.html") ? "layout.html" : null);
            }
            catch (TemplateError e)
            {
                return $"error {e.File}({e.Line},{e.Column}): {e.Message}";
            }
        };
    };

    private static Dictionary<string, Template> Parse(Dictionary<string, string> files) =>
        files.ToDictionary(f => f.Key, f => Template.Parse(f.Value, "templates/" + f.Key));

    private static TemplateModel Site() => new()
    {
        ["title"] = "Site & Co",
        ["base_url"] = "https://example.org/",
        ["nav"] = new ScriptArray { new TemplateModel { ["title"] = "Briefs", ["url"] = "briefs/" } },
    };

    /// <summary>Summaries shared, read-only, by every page of one build, as the build's view models are.</summary>
    private sealed class SharedModels
    {
        public SharedModels()
        {
            var government = Summary(new TemplateModel { ["kind"] = "organization", ["id"] = "gov", ["name"] = "Zed Government", ["url"] = "organizations/gov/" });
            var agency = Summary(new TemplateModel { ["kind"] = "organization", ["id"] = "agency", ["name"] = "Agency", ["url"] = "organizations/agency/" });
            People =
            [
                Summary(new TemplateModel { ["kind"] = "person", ["id"] = "ana", ["name"] = "Ana <A>", ["url"] = "people/ana/", ["organization"] = government }),
                Summary(new TemplateModel { ["kind"] = "person", ["id"] = "bo", ["name"] = "Bo", ["url"] = "people/bo/", ["organization"] = agency }),
                Summary(new TemplateModel { ["kind"] = "person", ["id"] = "cy", ["name"] = "Cy", ["url"] = "people/cy/", ["organization"] = null }),
            ];
            var topic = Summary(new TemplateModel { ["id"] = "peace", ["title"] = "Peace", ["url"] = "topics/peace/" });
            Brief = Summary(new TemplateModel { ["slug"] = "talks", ["title"] = "Talks & more", ["url"] = "briefs/talks/", ["topics"] = new ScriptArray { topic } });
        }

        public TemplateModel[] People { get; }

        public TemplateModel Brief { get; }

        private static TemplateModel Summary(TemplateModel model)
        {
            model.Freeze();
            return model;
        }
    }

    private static TemplateModel Page(int n, SharedModels shared) => new()
    {
        ["root"] = "../",
        ["title"] = $"Tom & <Jerry> {n}",
        ["n"] = n,
        ["numbers"] = new ScriptArray { 3, 1, 2 },
        ["list"] = new ScriptArray { "a", "b", "c", "d" },
        ["empty"] = new ScriptArray(),
        ["nothing"] = null,
        ["holes"] = new ScriptArray { new TemplateModel { ["name"] = "x" }, null },
        ["html"] = new RawHtml("<b>raw</b>"),
        ["body"] = new RawUtf8Html(Encoding.UTF8.GetBytes("<p>body é</p>\n<pre>code\n  indented</pre>")),
        ["lines"] = "one\ntwo",
        ["date"] = "2025-12-15",
        ["people"] = new ScriptArray(shared.People),
        ["person"] = shared.People[0],
        ["brief"] = shared.Brief,
    };
}
