using Spectre.Console;

namespace Briefings.Cli.Progress;

/// <summary>
/// A Spectre progress display: one row counting the stages done, then a row per stage. The library
/// reports a stage when it finishes, so the next row in build order is shown as running; a stage the
/// list does not know is appended as it arrives.
/// </summary>
internal sealed class LiveStages : IProgress<StageTiming>
{
    private readonly ProgressContext _context;
    private readonly string _title;
    private readonly ProgressTask _overall;
    private readonly List<(string Name, ProgressTask Task)> _rows = [];

    public LiveStages(ProgressContext context, string title, IReadOnlyList<string> stages)
    {
        _context = context;
        _title = title;
        _overall = context.AddTask(title, autoStart: true, maxValue: stages.Count);
        foreach (var stage in stages)
        {
            Add(stage);
        }

        Start(0);
    }

    public void Report(StageTiming value)
    {
        var index = _rows.FindIndex(r => r.Name == value.Stage);
        if (index < 0)
        {
            Add(value.Stage);
            index = _rows.Count - 1;
        }

        var task = _rows[index].Task;
        task.State.Update<double>(StageTimeColumn.Milliseconds, _ => value.Elapsed.TotalMilliseconds);
        task.IsIndeterminate = false;
        task.Value = task.MaxValue;
        task.StopTask();
        task.Description = $"  [green]✓[/] {Markup.Escape(value.Stage)}";
        _overall.State.Update<double>(StageTimeColumn.Milliseconds, total => total + value.Elapsed.TotalMilliseconds);
        _overall.Increment(1);
        Start(index + 1);
    }

    /// <summary>Marks the stages a failed build never reached, so the display does not end on a spinner.</summary>
    public void Finish()
    {
        foreach (var (name, task) in _rows.Where(r => !r.Task.IsFinished))
        {
            task.Description = $"  [grey]- {Markup.Escape(name)} (not run)[/]";
            task.IsIndeterminate = false;
            task.StopTask();
        }

        _overall.StopTask();
        _context.Refresh();
    }

    private void Add(string stage)
    {
        _rows.Add((stage, _context.AddTask($"    {Markup.Escape(stage)}", autoStart: false, maxValue: 1)));
        _overall.MaxValue = _rows.Count;
    }

    private void Start(int index)
    {
        _overall.Description = $"{Markup.Escape(_title)} {_overall.Value:F0}/{_overall.MaxValue:F0} stages";
        if (index < _rows.Count)
        {
            _rows[index].Task.StartTask();
            _rows[index].Task.IsIndeterminate = true;
        }
    }
}
