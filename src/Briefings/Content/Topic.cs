namespace Briefings.Content;

public sealed record Topic(string File, string Id, string Title, Body Body);
