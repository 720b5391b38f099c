using Scriban;
using Scriban.Syntax;

namespace Briefings.Outputs.Pages.Templates.Compilation;

/// <summary>A compiled statement: writes to the frame's context.</summary>
internal delegate void Stmt(Frame frame);

/// <summary>A compiled expression: its value.</summary>
internal delegate object? Expr(Frame frame);

/// <summary>A template as <see cref="TemplateCompiler"/> made it: run it where Scriban would evaluate the page.</summary>
public sealed class CompiledTemplate
{
    private readonly Stmt? _body;
    private readonly int _slots;
    private readonly int _memos;

    internal CompiledTemplate(Stmt? body, int slots, int memos, bool reusable)
    {
        _body = body;
        _slots = slots;
        _memos = memos;
        IsReusable = reusable;
    }

    /// <summary>
    /// Whether the template writes the same output whenever it runs with the same <c>item</c> and <c>root</c>, so
    /// that the output of one run can stand for the next; see <c>TemplateCompiler.ReusableOutput</c>.
    /// </summary>
    public bool IsReusable { get; }

    public void Run(TemplateContext context)
    {
        if (_body is null)
        {
            return;
        }

        _body(new Frame(context, _slots == 0 ? [] : new object?[_slots], _memos == 0 ? [] : new object?[_memos]));
    }
}

/// <summary>One run of a compiled template: its context, the values of its loop variables, and the names it has looked up.</summary>
internal sealed class Frame(TemplateContext context, object?[] slots, object?[] memos)
{
    public TemplateContext Context { get; } = context;

    public object?[] Slots { get; } = slots;

    /// <summary>Values of free names (and members of them) looked up once and kept; empty where not looked up yet.</summary>
    public object?[] Memos { get; } = memos;

    /// <summary>Forgets every value looked up so far: after code that may have changed one (an assignment in a partial, <c>n++</c>).</summary>
    public void Forget() => Array.Clear(Memos);

    /// <summary>Iterations since the outermost loop of this thread began, as Scriban counts them against its loop limit.</summary>
    [ThreadStatic]
    private static long _steps;

    [ThreadStatic]
    private static int _depth;

    public static void EnterLoop()
    {
        if (_depth++ == 0)
        {
            _steps = 0;
        }
    }

    public static void ExitLoop() => _depth--;

    public void Step(ScriptForStatement loop)
    {
        var limit = Context.LoopLimit;
        if (limit != 0 && ++_steps > limit)
        {
            throw new ScriptRuntimeException(loop.Span, $"Exceeding number of iteration limit `{limit}` for loop statement.");
        }
    }
}

/// <summary>What <c>for.first</c>, <c>for.last</c>, <c>for.index</c> and the like read in a compiled loop.</summary>
internal sealed class LoopPosition
{
    public int Index { get; set; }

    public bool IsLast { get; set; }
}
