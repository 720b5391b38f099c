using Briefings.Cli;

var parsed = BriefingsCommand.Create().Parse(args);
if (parsed.Errors.Count > 0)
{
    return UsageErrors.Report(parsed, Console.Error);
}

return await parsed.InvokeAsync();
