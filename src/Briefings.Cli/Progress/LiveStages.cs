using Spectre.Console;

namespace Briefings.Cli.Progress;

/// <summary>
/// A Spectre progress display: one row counting the stages done, then a row per stage, added as the
/// build reports it starting. It knows no list of stages, so any stage, in any order, is shown as it comes;
/// a stage reported again gets a row of its own.
/// </summary>
internal sealed class LiveStages : IStageProgress
{
    private readonly ProgressContext _context;
    private readonly string _title;
    private readonly ProgressTask _overall;
    private readonly List<Row> _rows = [];
    private int _done;

    public LiveStages(ProgressContext context, string title)
    {
        _context = context;
        _title = title;
        _overall = context.AddTask(Markup.Escape(title), autoStart: true, maxValue: 1);
        _overall.IsIndeterminate = true;
    }

    public void Started(string stage)
    {
        var row = new Row(stage, _context.AddTask($"    {Markup.Escape(stage)}", autoStart: true, maxValue: 1));
        row.Task.IsIndeterminate = true;
        _rows.Add(row);
        Count();
    }

    public void Finished(StageTiming timing)
    {
        // A stage that finishes without having been reported starting still gets its row.
        var row = _rows.Find(r => r.Stage == timing.Stage && !r.Done);
        if (row is null)
        {
            Started(timing.Stage);
            row = _rows[^1];
        }

        row.Done = true;
        var task = row.Task;
        task.State.Update<double>(StageTimeColumn.Milliseconds, _ => timing.Elapsed.TotalMilliseconds);
        task.IsIndeterminate = false;
        task.Value = task.MaxValue;
        task.StopTask();
        task.Description = $"  [green]✓[/] {Markup.Escape(timing.Stage)}";
        _overall.State.Update<double>(StageTimeColumn.Milliseconds, total => total + timing.Elapsed.TotalMilliseconds);
        _done++;
        Count();
    }

    /// <summary>Marks a stage a failed build left unfinished, so the display does not end on a spinner.</summary>
    public void Finish()
    {
        foreach (var row in _rows.Where(r => !r.Done))
        {
            row.Task.Description = $"  [grey]- {Markup.Escape(row.Stage)} (stopped)[/]";
            row.Task.IsIndeterminate = false;
            row.Task.StopTask();
        }

        _overall.IsIndeterminate = false;
        _overall.Value = _overall.MaxValue;
        _overall.StopTask();
        _context.Refresh();
    }

    private void Count()
    {
        _overall.MaxValue = Math.Max(1, _rows.Count);
        _overall.Value = _done;
        _overall.Description = $"{Markup.Escape(_title)} {_done}/{_rows.Count} stages";
    }

    private sealed class Row(string stage, ProgressTask task)
    {
        public string Stage { get; } = stage;

        public ProgressTask Task { get; } = task;

        public bool Done { get; set; }
    }
}
