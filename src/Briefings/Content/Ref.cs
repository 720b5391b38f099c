using Briefings.Diagnostics;

namespace Briefings.Content;

/// <summary>An id written in front-matter, with where it was written so a bad one can be pointed at.</summary>
public readonly record struct Ref(string Id, TextPosition At)
{
    public override string ToString() => Id;
}
