namespace Briefings.Writing;

/// <summary>The output folder holds what the tool did not make, so the build changed nothing in it.</summary>
public sealed class OutputNotOwnedException(string message) : Exception(message);
