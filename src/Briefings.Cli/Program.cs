using System.CommandLine;
using Briefings.Cli;

var parsed = BriefingsCommand.Create().Parse(args);
if (parsed.Errors.Count > 0)
{
    return UsageErrors.Report(parsed, Console.Error);
}

try
{
    // Exceptions come here rather than to System.CommandLine's handler, so that running out of memory can be told apart.
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (OutOfMemory.IsCause(e))
{
    Console.Error.WriteLine(OutOfMemory.Message);
    OutOfMemory.Tidy();
    return ExitCodes.OutOfMemory;
}
catch (OperationCanceledException)
{
    // What System.CommandLine's own handler does with the rest: a cancelled command ends quietly, any other failure is printed.
    return 1;
}
catch (Exception e)
{
    Console.Error.WriteLine($"Unhandled exception: {e}");
    return 1;
}
