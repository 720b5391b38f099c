using System.Text;

namespace Briefings.Cli;

/// <summary>
/// The tool's own writer on stderr, with a buffer that <see cref="Reporter"/> flushes at the end of each report.
/// <see cref="Console.Error"/> writes every 256 characters it is given: the 4,744 warnings of the 10,000-brief benchmark
/// (1.6 million characters) were ~6,300 system calls, ~9 ms of the build's end to a file.
/// </summary>
internal static class StandardError
{
    private static readonly Lazy<TextWriter> Shared = new(() =>
        new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024));

    public static TextWriter Writer => Shared.Value;
}
