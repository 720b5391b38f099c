namespace Briefings.Tests.Support;

/// <summary>
/// Long, CPU-bound tests that run after the others, one at a time: on a two-core machine they would
/// otherwise slow the timing-sensitive tests beside them, and their own per-case time limits.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "alone";
}
