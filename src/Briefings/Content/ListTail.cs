namespace Briefings.Content;

/// <summary>
/// The tree builders gather the children of every open collection in one working list per thread; when a
/// collection closes, its children are the list's tail, moved out into an array of exactly their number.
/// </summary>
internal static class ListTail
{
    public static T[] TakeFrom<T>(List<T> list, int first)
    {
        var count = list.Count - first;
        if (count == 0)
        {
            return [];
        }

        var taken = new T[count];
        list.CopyTo(first, taken, 0, count);
        list.RemoveRange(first, count);
        return taken;
    }
}
