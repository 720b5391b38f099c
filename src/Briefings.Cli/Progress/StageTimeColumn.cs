using Spectre.Console;
using Spectre.Console.Rendering;

namespace Briefings.Cli.Progress;

/// <summary>The stage's own wall time once it has finished; Spectre's elapsed column would count from the display's start.</summary>
internal sealed class StageTimeColumn : ProgressColumn
{
    public const string Milliseconds = "briefings.ms";

    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        var ms = task.State.Get<double>(Milliseconds);
        return task.IsFinished && task.Value >= task.MaxValue
            ? new Markup($"[blue]{ms,8:F0} ms[/]")
            : new Text("        …", new Style(Color.Grey));
    }
}
