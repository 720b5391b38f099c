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

        // Frames are kept per thread and reused, as runs nest (a partial inside a page) but never overlap: a
        // frame and its two arrays for every include were 33 MB of a 10,000-brief build's allocations.
        var frames = t_frames ??= new Stack<Frame>();
        var frame = frames.TryPop(out var free) ? free : new Frame();
        frame.Begin(context, _slots, _memos);
        try
        {
            _body(frame);
        }
        finally
        {
            frame.End();
            frames.Push(frame);
        }
    }

    [ThreadStatic]
    private static Stack<Frame>? t_frames;
}

/// <summary>One run of a compiled template: its context, the values of its loop variables, and the names it has looked up.</summary>
internal sealed class Frame
{
    private int _slotCount;
    private int _memoCount;

    public TemplateContext Context { get; private set; } = null!;

    /// <summary>The loop variables' values; at least as many as the template has, and the rest unused.</summary>
    public object?[] Slots { get; private set; } = [];

    /// <summary>Values of free names (and members of them) looked up once and kept; empty where not looked up yet.</summary>
    public object?[] Memos { get; private set; } = [];

    /// <summary>Starts a run with every slot and memo empty.</summary>
    public void Begin(TemplateContext context, int slots, int memos)
    {
        Context = context;
        (_slotCount, _memoCount) = (slots, memos);
        if (Slots.Length < slots)
        {
            Slots = new object?[slots];
        }

        if (Memos.Length < memos)
        {
            Memos = new object?[memos];
        }
    }

    /// <summary>Empties the frame, so that a kept frame holds on to no page's values.</summary>
    public void End()
    {
        Array.Clear(Slots, 0, _slotCount);
        Forget();
        Context = null!;
    }

    /// <summary>Forgets every value looked up so far: after code that may have changed one (an assignment in a partial, <c>n++</c>).</summary>
    public void Forget() => Array.Clear(Memos, 0, _memoCount);

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
