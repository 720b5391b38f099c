using System.Collections;
using Briefings.Rendering.Models;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Rendering.Templates.Compilation;

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
/// partial included from the loop can also read. So the set is compiled only if no template reads, as a
/// free name, a name some template binds in a loop: then no template can tell the difference.
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
        var loopNames = new HashSet<string>(StringComparer.Ordinal) { LoopObject };
        var freeNames = new HashSet<string>(StringComparer.Ordinal);
        var compilers = new Dictionary<string, (Compiler Compiler, Stmt? Body)>(StringComparer.Ordinal);
        foreach (var (name, template) in templates)
        {
            var compiler = new Compiler(loopNames, freeNames);
            var body = template.Page?.Body is { } block ? compiler.Block(block) : null;
            if (compiler.Failed)
            {
                reason = $"templates/{name}: {compiler.FailedAt}";
                return null;
            }

            compilers[name] = (compiler, body);
        }

        freeNames.Remove(IncludeItem);
        if (freeNames.Overlaps(loopNames))
        {
            reason = $"a loop variable is also read as a free name: {string.Join(", ", freeNames.Intersect(loopNames).Order(StringComparer.Ordinal))}";
            return null;
        }

        var reusable = ReusableOutput(compilers.ToDictionary(c => c.Key, c => c.Value.Compiler, StringComparer.Ordinal));
        return compilers.ToDictionary(
            c => c.Key,
            c => new CompiledTemplate(c.Value.Body, c.Value.Compiler.SlotCount, reusable.Contains(c.Key)),
            StringComparer.Ordinal);
    }

    /// <summary>The names a partial may read and still write the same output for the same <c>item</c> and <c>root</c>: none of them changes within a build.</summary>
    private static readonly HashSet<string> StableNames = new(StringComparer.Ordinal) { IncludeItem, "root", "site", "include" };

    /// <summary>
    /// The templates whose output depends only on their <c>item</c> and the page's <c>root</c>: they read no other
    /// name, call nothing but <c>include</c> of templates like them, and hand nothing to the interpreter, which might
    /// call a function such as <c>date.now</c>. A partial that shows a person's chip on ten thousand pages can then
    /// be rendered once per person and depth of page.
    /// </summary>
    private static HashSet<string> ReusableOutput(Dictionary<string, Compiler> compilers)
    {
        var reusable = compilers.Where(c => !c.Value.Opaque && c.Value.OwnFreeNames.IsSubsetOf(StableNames)).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        while (reusable.RemoveWhere(name => !compilers[name].Included.IsSubsetOf(reusable)) > 0)
        {
        }

        return reusable;
    }

    private sealed class Compiler(HashSet<string> loopNames, HashSet<string> freeNames)
    {
        /// <summary>Marks a name bound where the compiled code cannot follow Scriban: reading it fails the compile.</summary>
        private const int NoSlot = -1;

        // Names bound by the enclosing compiled loops, innermost last, with their slots.
        private readonly List<(string Name, int Slot)> _scope = [];

        public bool Failed => FailedAt is not null;

        /// <summary>The first construct outside the subset, as the template has it, with its position.</summary>
        public string? FailedAt { get; private set; }

        public int SlotCount { get; private set; }

        /// <summary>The free names this template reads, as against <c>freeNames</c>, which gathers those of the whole set.</summary>
        public HashSet<string> OwnFreeNames { get; } = new(StringComparer.Ordinal);

        /// <summary>The templates this one includes by a literal name.</summary>
        public HashSet<string> Included { get; } = new(StringComparer.Ordinal);

        /// <summary>Whether some of the template's output cannot be told from its names: the interpreter runs part of it, or an include names its template by a value.</summary>
        public bool Opaque { get; private set; }

        private Stmt? Fail(ScriptNode node)
        {
            FailedAt ??= $"{node.Span.Start.Line + 1}:{node.Span.Start.Column + 1} {node.GetType().Name} `{node}`";
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

            return frame =>
            {
                // Capture (EnableOutput off) is outside the subset, so the text is always written.
                frame.Context.Write(text);
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

            loopNames.Add(variable.Name);
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
            return frame => frame.Context.Evaluate(expression);
        }

        private Expr? Native(ScriptExpression expression) => expression switch
        {
            ScriptLiteral literal => Literal(literal.Value),
            ScriptVariableGlobal variable => Variable(variable),
            ScriptMemberExpression member when member.GetType() == typeof(ScriptMemberExpression) => Member(member),
            ScriptNestedExpression { Expression: { } inner } when inner is not ScriptPipeCall => Expression(inner),
            ScriptUnaryExpression { Right: { } right } unary when unary.Operator != ScriptUnaryOperator.FunctionAlias => Unary(unary, right),
            ScriptBinaryExpression { Left: { } left, Right: { } right } binary => Binary(binary, left, right),
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

            freeNames.Add(variable.Name);
            OwnFreeNames.Add(variable.Name);
            var memo = MemoSlot(variable.Name);
            return frame =>
            {
                if (frame.Slots[memo] is { } known)
                {
                    return ReferenceEquals(known, NullValue) ? null : known;
                }

                var context = frame.Context;
                var value = context.GetValue(variable);
                if (value is not (null or string) && ScriptFunctionCall.IsFunction(value))
                {
                    // A function named bare is called by the interpreter; it reads no slot, so it can do it.
                    return context.Evaluate(variable);
                }

                frame.Slots[memo] = value ?? NullValue;
                return value;
            };
        }

        /// <summary>Stands for a free variable found to be null, in its memo slot, where null means not looked up yet.</summary>
        private static readonly object NullValue = new();

        private readonly Dictionary<string, int> _memos = new(StringComparer.Ordinal);

        /// <summary>
        /// The slot that keeps a free variable's value for the rest of one run of the template. Nothing in the
        /// compiled subset can rebind a name during a run (assignments, capture and the like are outside it;
        /// an include binds its names in a scope it pops before returning), so the first lookup holds.
        /// </summary>
        private int MemoSlot(string name)
        {
            if (!_memos.TryGetValue(name, out var slot))
            {
                _memos[name] = slot = SlotCount++;
            }

            return slot;
        }

        private Expr? Member(ScriptMemberExpression member)
        {
            if (member.Target is not { } targetNode || member.Member is not { } memberVariable)
            {
                return null;
            }

            // Interned, as the models' keys are: the dictionary's comparison then stops at the reference.
            var name = string.Intern(memberVariable.Name);
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
                if (memo != NoSlot && frame.Slots[memo] is { } known)
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
                    return readsSlot ? ScriptFunctionCall.Call(context, member, value, false, null) : context.Evaluate(member);
                }

                if (memo != NoSlot)
                {
                    frame.Slots[memo] = value ?? NullValue;
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
            if (call.Target is not ScriptVariableGlobal { Name: "include" } target || SlotOf(target.Name) is not null
                || call.Arguments.Count is 0 or > 2 || call.Arguments.Any(a => a is ScriptNamedArgument))
            {
                return null;
            }

            var arguments = new Expr[call.Arguments.Count];
            for (var i = 0; i < arguments.Length; i++)
            {
                if (Expression(call.Arguments[i]) is not { } argument)
                {
                    return null;
                }

                arguments[i] = argument;
            }

            freeNames.Add(target.Name);
            OwnFreeNames.Add(target.Name);
            if (call.Arguments[0] is ScriptLiteral { Value: string included })
            {
                Included.Add(included);
            }
            else
            {
                Opaque = true;
            }

            var memo = MemoSlot(" function " + target.Name);
            return frame =>
            {
                var context = frame.Context;
                var function = frame.Slots[memo] ??= context.GetValue(target);
                if (function is not IScriptCustomFunction custom)
                {
                    // Not a function after all: the interpreter reports it, with its own message.
                    return context.Evaluate(call);
                }

                var values = new ScriptArray(arguments.Length);
                foreach (var argument in arguments)
                {
                    values.Add(argument(frame));
                }

                if (custom is not IncludeFunction)
                {
                    return ScriptFunctionCall.Call(context, call, custom, values);
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
                }
            };
        }

        private bool ReadsSlot(ScriptNode node) => Names(node).Any(name => SlotOf(name) is not null);

        private void NoteFreeNames(ScriptNode node)
        {
            var names = Names(node).ToList();
            freeNames.UnionWith(names);
            OwnFreeNames.UnionWith(names);
        }

        /// <summary>The variable names an expression reads: not member names, not named-argument names.</summary>
        private static IEnumerable<string> Names(ScriptNode? node)
        {
            var children = node switch
            {
                null => [],
                ScriptVariable variable => [],
                ScriptMemberExpression member => [member.Target!],
                ScriptNamedArgument argument => [argument.Value!],
                _ => node.Children,
            };
            if (node is ScriptVariable { Name: var name })
            {
                yield return name;
            }

            foreach (var child in children)
            {
                foreach (var childName in Names(child))
                {
                    yield return childName;
                }
            }
        }
    }
}
