using System.Collections;
using System.Runtime.CompilerServices;
using System.Text;
using Briefings.Outputs.Pages.Templates.Builtins;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Outputs.Pages.Templates.Compilation;

/// <summary>
/// Turns parsed templates into trees of delegates that do what Scriban's interpreter does for the same
/// nodes, without its per-node bookkeeping: on 10,000 briefs the interpreter was a fifth of the build's CPU.
/// Only a subset is compiled — text, <c>{{ expression }}</c>, if/else, for (with <c>limit:</c> and
/// <c>for.first/last/index/even/odd</c>), literals, variables, members, operators and <c>include</c>;
/// any other expression is handed to the interpreter when it reads no loop variable of the compiled code,
/// and any other statement leaves the whole set to the interpreter.
/// </summary>
/// <remarks>
/// Loop variables live in the compiled template's own slots, where Scriban keeps them in a store that a
/// partial included from the loop can also read, or <c>object.eval</c> find by name. So the set is compiled
/// only if no template reads, as a free name, a name some template binds in a loop, and none evaluates text:
/// then no template can tell the difference.
/// </remarks>
public static class TemplateCompiler
{
    private const string LoopObject = "for";

    /// <summary>
    /// The name <c>include</c> binds in the scope it pushes for every partial, even when given no argument: a
    /// partial reading it never sees a caller's loop variable of the same name, whichever way that loop runs.
    /// </summary>
    private const string IncludeItem = "item";

    /// <summary>Compiles every template, or returns null when one of them is outside the subset.</summary>
    public static IReadOnlyDictionary<string, CompiledTemplate>? CompileAll(IReadOnlyDictionary<string, Template> templates) =>
        CompileAll(templates, out _);

    /// <summary>Compiles every template, or returns null and says which construct of which template kept it from compiling.</summary>
    public static IReadOnlyDictionary<string, CompiledTemplate>? CompileAll(IReadOnlyDictionary<string, Template> templates, out string? reason)
    {
        reason = null;
        var loopNames = new Dictionary<string, string>(StringComparer.Ordinal) { [LoopObject] = "" };
        var compilers = new Dictionary<string, (Compiler Compiler, Stmt? Body)>(StringComparer.Ordinal);
        foreach (var (name, template) in templates)
        {
            var file = "templates/" + name;
            if (template.Page is { } page && Evaluator(page) is { } evaluator)
            {
                reason = $"{file}{At(evaluator)}: `{evaluator}` evaluates text, which may name a loop variable";
                return null;
            }

            var compiler = new Compiler(file, loopNames);
            var body = template.Page?.Body is { } block ? compiler.Block(block) : null;
            if (compiler.Failed)
            {
                reason = $"{file}{compiler.FailedAt}";
                return null;
            }

            compilers[name] = (compiler, body);
        }

        foreach (var (name, (compiler, _)) in compilers)
        {
            foreach (var (free, at) in compiler.OwnFreeNames)
            {
                if (free != IncludeItem && loopNames.TryGetValue(free, out var binder))
                {
                    reason = $"templates/{name}{at}: reads `{free}`, a loop variable in {binder}";
                    return null;
                }
            }
        }

        var all = compilers.ToDictionary(c => c.Key, c => c.Value.Compiler, StringComparer.Ordinal);
        var pure = Pure(all);
        foreach (var (_, (compiler, _)) in compilers)
        {
            compiler.KnowPure(pure);
        }

        // A name changed in place (n++) may be one a partial's kept output was made with.
        var reusable = all.Values.Any(c => c.Rebinds) ? [] : ReusableOutput(all, pure);
        return compilers.ToDictionary(
            c => c.Key,
            c => new CompiledTemplate(c.Value.Body, c.Value.Compiler.SlotCount, c.Value.Compiler.MemoCount, reusable.Contains(c.Key)),
            StringComparer.Ordinal);
    }

    /// <summary>The first place a template can evaluate text as Scriban (<c>object.eval</c>, or <c>object</c> passed on whole).</summary>
    private static ScriptNode? Evaluator(ScriptNode node)
    {
        switch (node)
        {
            case ScriptMemberExpression { Target: ScriptVariableGlobal { Name: "object" }, Member.Name: var member }:
                return member is "eval" or "eval_template" ? node : null;
            case ScriptVariableGlobal { Name: "object" }:
                return node;
        }

        foreach (var child in node.Children)
        {
            if (child is not null && Evaluator(child) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>A node's position as a diagnostic writes it: <c>(line,column)</c>.</summary>
    private static string At(ScriptNode node) => $"({node.Span.Start.Line + 1},{node.Span.Start.Column + 1})";

    /// <summary>The names a partial may read and still write the same output for the same <c>item</c> and <c>root</c>: none of them changes within a build.</summary>
    private static readonly HashSet<string> StableNames = new([IncludeItem, "root", "site", "include", .. TextFunction.Names], StringComparer.Ordinal);

    /// <summary>
    /// The templates that cannot change anything a template reads: everything in them is compiled, so nothing hands
    /// control to the interpreter or to a function, and they include only templates like them. After including one,
    /// a template may keep the values it looked up before.
    /// </summary>
    private static HashSet<string> Pure(Dictionary<string, Compiler> compilers)
    {
        var pure = compilers.Where(c => !c.Value.Opaque).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        while (pure.RemoveWhere(name => !compilers[name].Included.IsSubsetOf(pure)) > 0)
        {
        }

        return pure;
    }

    /// <summary>
    /// The templates whose output depends only on their <c>item</c> and the page's <c>root</c>: pure, and reading no
    /// other name (a function such as <c>date.now</c> would make them opaque). A partial that shows a person's chip on
    /// ten thousand pages can then be rendered once per person and depth of page.
    /// </summary>
    private static HashSet<string> ReusableOutput(Dictionary<string, Compiler> compilers, HashSet<string> pure)
    {
        var reusable = pure.Where(name => compilers[name].OwnFreeNames.Keys.All(StableNames.Contains)).ToHashSet(StringComparer.Ordinal);
        while (reusable.RemoveWhere(name => !compilers[name].Included.IsSubsetOf(reusable)) > 0)
        {
        }

        return reusable;
    }

    /// <param name="file">The template's file, to say where a loop variable is bound.</param>
    /// <param name="loopNames">The names bound by a loop in any template of the set, each with where it is bound first.</param>
    private sealed class Compiler(string file, Dictionary<string, string> loopNames)
    {
        /// <summary>Marks a name bound where the compiled code cannot follow Scriban: reading it fails the compile.</summary>
        private const int NoSlot = -1;

        // Names bound by the enclosing compiled loops, innermost last, with their slots.
        private readonly List<(string Name, int Slot)> _scope = [];

        public bool Failed => FailedAt is not null;

        /// <summary>The first construct outside the subset, as the template has it, with its position.</summary>
        public string? FailedAt { get; private set; }

        public int SlotCount { get; private set; }

        public int MemoCount { get; private set; }

        /// <summary>The free names this template reads, each with where it first does.</summary>
        public Dictionary<string, string> OwnFreeNames { get; } = new(StringComparer.Ordinal);

        /// <summary>Whether the template changes a name in place (<c>n++</c>), which the interpreter does for it.</summary>
        public bool Rebinds { get; private set; }

        // Whether each template this one includes by name is pure (see TemplateCompiler.Pure), known once all are compiled.
        private readonly List<(string Name, StrongBox<bool> Pure)> _includes = [];

        public void KnowPure(HashSet<string> pure)
        {
            foreach (var (name, box) in _includes)
            {
                box.Value = pure.Contains(name);
            }
        }

        /// <summary>The templates this one includes by a literal name.</summary>
        public HashSet<string> Included { get; } = new(StringComparer.Ordinal);

        /// <summary>Whether some of the template's output cannot be told from its names: the interpreter runs part of it, or an include names its template by a value.</summary>
        public bool Opaque { get; private set; }

        private Stmt? Fail(ScriptNode node)
        {
            if (FailedAt is null)
            {
                // The construct up to the end of its tag: a capture would print its whole body.
                var text = node.ToString().Split(["}}", "\n"], StringSplitOptions.None)[0].Trim();
                var kind = ScriptSyntaxAttribute.Get(node is ScriptExpressionStatement { Expression: { } expression } ? expression : node)?.TypeName ?? node.GetType().Name;
                FailedAt = $"{At(node)}: {kind} `{(text.Length > 60 ? text[..60] + "…" : text)}`";
            }

            return null;
        }

        private int? SlotOf(string name)
        {
            for (var i = _scope.Count - 1; i >= 0; i--)
            {
                if (_scope[i].Name == name)
                {
                    return _scope[i].Slot;
                }
            }

            return null;
        }

        public Stmt? Block(ScriptBlockStatement block)
        {
            var statements = new List<Stmt>();
            foreach (var statement in block.Statements)
            {
                if (statement.CanSkipEvaluation)
                {
                    continue;
                }

                var compiled = Statement(statement);
                if (compiled is null)
                {
                    return Fail(statement);
                }

                statements.Add(compiled);
            }

            var all = statements.ToArray();
            if (all.Length == 1)
            {
                return all[0];
            }

            return frame =>
            {
                foreach (var statement in all)
                {
                    statement(frame);
                }
            };
        }

        private Stmt? Statement(ScriptStatement statement) => statement switch
        {
            ScriptRawStatement raw => Raw(raw),
            ScriptExpressionStatement { Expression: { } expression } when expression is not ScriptAssignExpression => Output(expression),
            ScriptIfStatement conditional => If(conditional),
            ScriptElseStatement { Body: { } body } => Block(body),
            ScriptForStatement loop when loop.GetType() == typeof(ScriptForStatement) => For(loop),
            ScriptBlockStatement block => Block(block),
            _ => Fail(statement),
        };

        private static Stmt Raw(ScriptRawStatement raw)
        {
            var text = raw.Text;
            if (text.Length == 0 || string.IsNullOrEmpty(text.FullText))
            {
                return static _ => { };
            }

            // Encoded once, here: most of a page is its templates' text, and it is written as it is.
            var utf8 = Encoding.UTF8.GetBytes(text.FullText, text.Index, text.Length);
            return frame =>
            {
                // Capture (EnableOutput off) is outside the subset, so the text is always written.
                if (Utf8Output.Of(frame.Context) is { } output)
                {
                    output.Write(utf8);
                }
                else
                {
                    frame.Context.Write(text);
                }
            };
        }

        /// <summary>
        /// <c>{{ expression }}</c>: its value is written the way the interpreter's block writes it. An
        /// <c>include</c> that is the whole statement renders straight into the output and returns nothing.
        /// </summary>
        private Stmt? Output(ScriptExpression expression)
        {
            var value = Expression(expression);
            if (value is null)
            {
                return null;
            }

            var span = expression.Parent?.Parent?.Span ?? expression.Span;
            return frame =>
            {
                var context = frame.Context;
                var result = value(frame);
                if (result is ScriptNode node)
                {
                    result = context.Evaluate(node);
                    frame.Forget();
                }

                // Break, continue and return are outside the subset, so no flow state can stop the write.
                if (result is not null && context.EnableOutput)
                {
                    context.Write(span, result);
                }
            };
        }

        private Stmt? If(ScriptIfStatement statement)
        {
            if (statement.Condition is not { } conditionNode)
            {
                return static _ => { };
            }

            var condition = Expression(conditionNode);
            var then = statement.Then is { } thenBlock ? Block(thenBlock) : static _ => { };
            var otherwise = statement.Else is { } elseNode ? Statement(elseNode) : static _ => { };
            if (condition is null || then is null || otherwise is null)
            {
                return Fail(statement);
            }

            var span = conditionNode.Span;
            return frame =>
            {
                if (frame.Context.ToBool(span, condition(frame)))
                {
                    then(frame);
                }
                else
                {
                    otherwise(frame);
                }
            };
        }

        private Stmt? For(ScriptForStatement loop)
        {
            if (loop.Variable is not ScriptVariableGlobal variable || loop.Iterator is not { } iteratorNode || loop.Body is not { } bodyNode)
            {
                return Fail(loop);
            }

            Expr? limit = null;
            SourceSpan limitSpan = default;
            foreach (var argument in loop.NamedArguments)
            {
                if (argument.Name?.Name != "limit" || argument.Value is null || limit is not null)
                {
                    return Fail(argument);
                }

                limit = Expression(argument.Value);
                limitSpan = argument.Value.Span;
                if (limit is null)
                {
                    return Fail(argument);
                }
            }

            var iterator = Expression(iteratorNode);
            if (iterator is null)
            {
                return Fail(iteratorNode);
            }

            loopNames.TryAdd(variable.Name, file + At(variable));
            var valueSlot = SlotCount++;
            var positionSlot = SlotCount++;
            _scope.Add((LoopObject, positionSlot));
            _scope.Add((variable.Name, valueSlot));
            var body = Block(bodyNode);
            _scope.RemoveRange(_scope.Count - 2, 2);

            // Scriban's else of a for still sees that loop's own `for` object, one that never stepped;
            // an else that reads `for` is left to the interpreter rather than imitated.
            _scope.Add((LoopObject, NoSlot));
            var otherwise = loop.Else is { } elseNode ? Statement(elseNode) : null;
            _scope.RemoveAt(_scope.Count - 1);
            if (body is null || (loop.Else is not null && otherwise is null))
            {
                return Fail(loop);
            }

            var iteratorSpan = iteratorNode.Span;
            return frame =>
            {
                var context = frame.Context;
                var source = iterator(frame);
                if (source is not IEnumerable list)
                {
                    if (source is not null)
                    {
                        throw new ScriptRuntimeException(iteratorSpan, $"Unexpected type `{source.GetType()}` for iterator");
                    }

                    return;
                }

                // As Scriban: a limit of zero or less takes every item.
                var count = limit is null ? -1 : context.ToInt(limitSpan, limit(frame));
                count = count > 0 ? count : -1;
                var position = new LoopPosition();
                var saved = (frame.Slots[valueSlot], frame.Slots[positionSlot]);
                frame.Slots[positionSlot] = position;
                Frame.EnterLoop();
                try
                {
                    var it = list.GetEnumerator();
                    var entered = false;
                    if (it.MoveNext())
                    {
                        entered = true;
                        var current = it.Current;
                        while (true)
                        {
                            frame.Step(loop);
                            frame.Slots[valueSlot] = current;
                            var hasNext = (count < 0 || position.Index + 1 < count) && it.MoveNext();
                            position.IsLast = !hasNext;
                            body(frame);
                            if (!hasNext)
                            {
                                break;
                            }

                            current = it.Current;
                            position.Index++;
                        }
                    }

                    if (!entered && otherwise is not null)
                    {
                        otherwise(frame);
                    }
                }
                finally
                {
                    Frame.ExitLoop();
                    (frame.Slots[valueSlot], frame.Slots[positionSlot]) = saved;
                }
            };
        }

        /// <summary>An expression as a delegate, or null (and the set left to the interpreter) when it cannot be.</summary>
        private Expr? Expression(ScriptExpression expression)
        {
            var compiled = Native(expression);
            if (compiled is not null || Failed)
            {
                return compiled;
            }

            // Outside the subset: the interpreter evaluates it, which is exact as long as it reads no loop slot.
            if (ReadsSlot(expression))
            {
                Fail(expression);
                return null;
            }

            NoteFreeNames(expression);
            Opaque = true;
            Rebinds |= Contains<ScriptIncrementDecrementExpression>(expression);
            return frame =>
            {
                var value = frame.Context.Evaluate(expression);
                // It may have changed what this run has looked up (page.n++, a function that assigns).
                frame.Forget();
                return value;
            };
        }

        private Expr? Native(ScriptExpression expression) => expression switch
        {
            ScriptLiteral literal => Literal(literal.Value),
            ScriptVariableGlobal variable => Variable(variable),
            ScriptMemberExpression member when member.GetType() == typeof(ScriptMemberExpression) => Member(member),
            ScriptNestedExpression { Expression: { } inner } when inner is not ScriptPipeCall => Expression(inner),
            // Only operators that change nothing: n++ and the like assign, and are left to the interpreter.
            ScriptUnaryExpression { Right: { } right, Operator: ScriptUnaryOperator.Not or ScriptUnaryOperator.Negate or ScriptUnaryOperator.Plus } unary
                when unary.GetType() == typeof(ScriptUnaryExpression) => Unary(unary, right),
            ScriptBinaryExpression { Left: { } left, Right: { } right } binary when binary.GetType() == typeof(ScriptBinaryExpression) => Binary(binary, left, right),
            ScriptFunctionCall call => Call(call),
            _ => null,
        };

        private static Expr Literal(object? value) => _ => value;

        private Expr? Variable(ScriptVariableGlobal variable)
        {
            if (SlotOf(variable.Name) is { } slot)
            {
                // `for` alone (not for.first and the like) would need Scriban's own loop object.
                return variable.Name == LoopObject || slot == NoSlot ? null : frame => frame.Slots[slot];
            }

            OwnFreeNames.TryAdd(variable.Name, At(variable));
            var memo = MemoSlot(variable.Name);
            return frame =>
            {
                if (frame.Memos[memo] is { } known)
                {
                    return ReferenceEquals(known, NullValue) ? null : known;
                }

                var context = frame.Context;
                var value = context.GetValue(variable);
                if (value is not (null or string) && ScriptFunctionCall.IsFunction(value))
                {
                    // A function named bare is called by the interpreter; it reads no slot, so it can do it.
                    var result = context.Evaluate(variable);
                    frame.Forget();
                    return result;
                }

                frame.Memos[memo] = value ?? NullValue;
                return value;
            };
        }

        /// <summary>Stands for a free variable found to be null, in its memo slot, where null means not looked up yet.</summary>
        private static readonly object NullValue = new();

        private readonly Dictionary<string, int> _memos = new(StringComparer.Ordinal);

        /// <summary>
        /// The slot that keeps a free variable's value for the rest of one run of the template, until something runs that
        /// may change it (<see cref="Frame.Forget"/>). The compiled subset itself assigns nothing (assignments, capture and
        /// the like are outside it): only the interpreter, a function or a partial that is not pure can.
        /// </summary>
        private int MemoSlot(string name)
        {
            if (!_memos.TryGetValue(name, out var slot))
            {
                _memos[name] = slot = MemoCount++;
            }

            return slot;
        }

        private Expr? Member(ScriptMemberExpression member)
        {
            if (member.Target is not { } targetNode || member.Member is not { } memberVariable)
            {
                return null;
            }

            // Interned, so that the templates reading a name share one instance, until a model lends its own (below).
            var name = string.Intern(memberVariable.Name);
            var adopted = false;
            if (targetNode is ScriptVariableGlobal { Name: LoopObject } && SlotOf(LoopObject) is { } positionSlot)
            {
                return positionSlot == NoSlot ? null : LoopMember(name, positionSlot);
            }

            var target = Expression(targetNode);
            if (target is null)
            {
                return null;
            }

            var hash = TemplateModel.Hash(name);
            var nullSafe = member.DotToken.TokenType == TokenType.QuestionDot;
            var span = memberVariable.Span;
            var readsSlot = ReadsSlot(member);
            // A member of free variables only, such as page.brief, has one value for the whole run, as the variables
            // do (see MemoSlot): a page reads page.source ten times and looks it up once.
            var memo = readsSlot ? NoSlot : MemoSlot(" member " + member);
            return frame =>
            {
                if (memo != NoSlot && frame.Memos[memo] is { } known)
                {
                    return ReferenceEquals(known, NullValue) ? null : known;
                }

                var context = frame.Context;
                var targetValue = target(frame);
                object? value;
                if (targetValue is null)
                {
                    if (!context.EnableRelaxedMemberAccess && !nullSafe)
                    {
                        throw new ScriptRuntimeException(span, $"Object `{targetNode}` is null. Cannot access member: {member}");
                    }

                    if (context.EnableRelaxedTargetAccess || nullSafe)
                    {
                        return null;
                    }

                    throw new ScriptRuntimeException(span, $"Cannot get the member {member} for a null object.");
                }

                // Scriban's accessor for any IScriptObject calls its TryGetValue; the class tests come first as they are
                // cheaper, and a site's own models are read by the name's hash, worked out once here.
                var found = targetValue is TemplateModel model ? model.TryGet(name, hash, out value)
                    : targetValue is ScriptObject scriptObjectModel ? scriptObjectModel.TryGetValue(context, span, name, out value)
                    : targetValue is IScriptObject scriptObject ? scriptObject.TryGetValue(context, span, name, out value)
                    : context.GetMemberAccessor(targetValue).TryGetValue(context, span, targetValue, name, out value);
                if (!adopted && found && targetValue is TemplateModel lender)
                {
                    // The models' names are C# literals, which the native tool's string.Intern does not return: the
                    // first model found with the field lends its own, so that later reads compare references, not text.
                    name = lender.NameOf(name, hash) ?? name;
                    adopted = true;
                }

                if (!found)
                {
                    var handled = context.TryGetMember?.Invoke(context, span, targetValue, name, out value);
                    if (!context.EnableRelaxedMemberAccess && handled != true)
                    {
                        throw new ScriptRuntimeException(span, "Cannot get member with name " + name + ".");
                    }
                }

                if (value is not (null or string) && ScriptFunctionCall.IsFunction(value))
                {
                    var result = readsSlot ? ScriptFunctionCall.Call(context, member, value, false, null) : context.Evaluate(member);
                    frame.Forget();
                    return result;
                }

                if (memo != NoSlot)
                {
                    frame.Memos[memo] = value ?? NullValue;
                }

                return value;
            };
        }

        private static Expr? LoopMember(string name, int slot) => name switch
        {
            "first" => frame => ((LoopPosition)frame.Slots[slot]!).Index == 0,
            "last" => frame => ((LoopPosition)frame.Slots[slot]!).IsLast,
            "index" => frame => ((LoopPosition)frame.Slots[slot]!).Index,
            "even" => frame => (((LoopPosition)frame.Slots[slot]!).Index & 1) == 0,
            "odd" => frame => (((LoopPosition)frame.Slots[slot]!).Index & 1) != 0,
            _ => null,
        };

        private Expr? Unary(ScriptUnaryExpression unary, ScriptExpression rightNode)
        {
            var right = Expression(rightNode);
            if (right is null)
            {
                return null;
            }

            var op = unary.Operator;
            var span = rightNode.Span;
            return frame => ScriptUnaryExpression.Evaluate(frame.Context, span, op, right(frame));
        }

        private Expr? Binary(ScriptBinaryExpression binary, ScriptExpression leftNode, ScriptExpression rightNode)
        {
            var left = Expression(leftNode);
            var right = Expression(rightNode);
            if (left is null || right is null)
            {
                return null;
            }

            var (leftSpan, rightSpan) = (leftNode.Span, rightNode.Span);
            var op = binary.Operator;
            var span = binary.OperatorToken?.Span ?? binary.Span;
            if (op == ScriptBinaryOperator.And)
            {
                return frame => frame.Context.ToBool(leftSpan, left(frame)) && frame.Context.ToBool(rightSpan, right(frame));
            }

            if (op == ScriptBinaryOperator.Or)
            {
                return frame => frame.Context.ToBool(leftSpan, left(frame)) || frame.Context.ToBool(rightSpan, right(frame));
            }

            return frame =>
            {
                var leftValue = left(frame);
                return ScriptBinaryExpression.Evaluate(frame.Context, span, op, leftSpan, leftValue, rightSpan, right(frame));
            };
        }

        /// <summary><c>include 'name' item</c>: the arguments evaluated here, the call made as Scriban makes it.</summary>
        private Expr? Call(ScriptFunctionCall call)
        {
            if (call.Target is ScriptVariableGlobal { Name: var name } text && TextFunction.Names.Contains(name))
            {
                return TextCall(call, text);
            }

            if (call.Target is not ScriptVariableGlobal { Name: "include" } target || SlotOf(target.Name) is not null
                || call.Arguments.Count is 0 or > 2 || call.Arguments.Any(a => a is ScriptNamedArgument))
            {
                return null;
            }

            if (Arguments(call) is not { } arguments)
            {
                return null;
            }

            OwnFreeNames.TryAdd(target.Name, At(target));
            // Pure once known so (KnowPure); an include by a value may name any template.
            var pure = new StrongBox<bool>(false);
            if (call.Arguments[0] is ScriptLiteral { Value: string included })
            {
                Included.Add(included);
                _includes.Add((included, pure));
            }
            else
            {
                Opaque = true;
            }

            var memo = MemoSlot(" function " + target.Name);
            return frame =>
            {
                var context = frame.Context;
                var function = frame.Memos[memo] ??= context.GetValue(target);
                if (function is not IScriptCustomFunction custom)
                {
                    // Not a function after all: the interpreter reports it, with its own message.
                    return context.Evaluate(call);
                }

                if (custom is not IncludeFunction)
                {
                    // A function of the site's own may keep its arguments: they get an array of their own.
                    var own = new ScriptArray(arguments.Length);
                    foreach (var argument in arguments)
                    {
                        own.Add(argument(frame));
                    }

                    var result = ScriptFunctionCall.Call(context, call, custom, own);
                    frame.Forget();
                    return result;
                }

                var values = ArgumentArrays.Rent();
                foreach (var argument in arguments)
                {
                    values.Add(argument(frame));
                }

                // What Scriban's call does for our include, whose arguments need no conversion: the same
                // recursion guard around the same invocation, without a second copy of the arguments.
                context.EnterRecursive(call);
                try
                {
                    return custom.Invoke(context, call, values, null);
                }
                finally
                {
                    context.ExitRecursive(call);
                    ArgumentArrays.Return(values);
                    // What a partial assigns lands in the page's variables, which this run may have looked up.
                    if (!pure.Value)
                    {
                        frame.Forget();
                    }
                }
            };
        }

        /// <summary>
        /// <c>t 'key' value…</c> and the other <see cref="TextFunction"/>s: called directly, and, as they change nothing
        /// and answer the same for the same arguments all build long, without forgetting what the run has looked up.
        /// </summary>
        private Expr? TextCall(ScriptFunctionCall call, ScriptVariableGlobal target)
        {
            if (SlotOf(target.Name) is not null || call.Arguments.Any(a => a is ScriptNamedArgument))
            {
                return null;
            }

            if (Arguments(call) is not { } arguments)
            {
                return null;
            }

            OwnFreeNames.TryAdd(target.Name, At(target));
            var memo = MemoSlot(" function " + target.Name);
            return frame =>
            {
                var context = frame.Context;
                if ((frame.Memos[memo] ??= context.GetValue(target)) is not TextFunction function)
                {
                    // Not ours after all: the interpreter calls it, or reports it, as it would.
                    var result = context.Evaluate(call);
                    frame.Forget();
                    return result;
                }

                var values = ArgumentArrays.Rent();
                try
                {
                    foreach (var argument in arguments)
                    {
                        values.Add(argument(frame));
                    }

                    return function.Invoke(context, call, values, null);
                }
                finally
                {
                    ArgumentArrays.Return(values);
                }
            };
        }

        /// <summary>A call's arguments, each compiled; null (and the set left to the interpreter) when one cannot be.</summary>
        private Expr[]? Arguments(ScriptFunctionCall call)
        {
            var arguments = new Expr[call.Arguments.Count];
            for (var i = 0; i < arguments.Length; i++)
            {
                if (Expression(call.Arguments[i]) is not { } argument)
                {
                    return null;
                }

                arguments[i] = argument;
            }

            return arguments;
        }

        private bool ReadsSlot(ScriptNode node) => Names(node).Any(variable => SlotOf(variable.Name) is not null);

        private void NoteFreeNames(ScriptNode node)
        {
            foreach (var variable in Names(node))
            {
                OwnFreeNames.TryAdd(variable.Name, At(variable));
            }
        }

        private static bool Contains<T>(ScriptNode? node)
            where T : ScriptNode =>
            node is T || (node is not null && node.Children.Any(Contains<T>));

        /// <summary>The variables an expression reads: not member names, not named-argument names.</summary>
        private static IEnumerable<ScriptVariable> Names(ScriptNode? node)
        {
            var children = node switch
            {
                null => [],
                ScriptVariable => [],
                ScriptMemberExpression member => [member.Target!],
                ScriptNamedArgument argument => [argument.Value!],
                _ => node.Children,
            };
            if (node is ScriptVariable variable)
            {
                yield return variable;
            }

            foreach (var child in children)
            {
                foreach (var read in Names(child))
                {
                    yield return read;
                }
            }
        }
    }
}
