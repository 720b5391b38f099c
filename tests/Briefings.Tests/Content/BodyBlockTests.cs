using System.Text;
using Briefings.Content;

namespace Briefings.Tests.Content;

/// <summary>
/// A file's body keeps its bytes in a native block (a kept fast path, see BodyBlock); the simple form is a body made
/// from a string, which keeps an array. Both must read, compare, hash and find alike, and a block must outlive every
/// body still in it.
/// </summary>
public sealed class BodyBlockTests
{
    private static IEnumerable<string> Texts()
    {
        var random = new Random(7);
        yield return "";
        yield return "\n";
        yield return "One line.";
        yield return "Ünïcödé — “quotes”, emoji 🙂, and a placeholder\nWrite the lead here.\n";
        yield return new string('x', 64 * 1024 + 1);
        for (var i = 0; i < 200; i++)
        {
            var length = random.Next(0, 12_000);
            var text = new StringBuilder(length);
            while (text.Length < length)
            {
                text.Append(random.Next(6) switch
                {
                    0 => '\n',
                    1 => 'é',
                    2 => ' ',
                    _ => (char)('a' + random.Next(26)),
                });
            }

            yield return text.ToString();
        }
    }

    [Fact]
    public void A_body_in_a_block_reads_compares_hashes_and_finds_as_one_made_from_a_string()
    {
        var bodies = new List<(Body Simple, Body Blocked, string Text)>();
        foreach (var text in Texts())
        {
            bodies.Add((new Body(text, 3), Body.FromUtf8(Encoding.UTF8.GetBytes(text), 3), text));
        }

        foreach (var (simple, blocked, text) in bodies)
        {
            Assert.Equal(text, blocked.Markdown);
            Assert.Equal(simple, blocked);
            Assert.Equal(blocked, simple);
            Assert.Equal(simple.GetHashCode(), blocked.GetHashCode());
            var needle = Encoding.UTF8.GetBytes(text.Length > 40 ? text.Substring(text.Length / 2, 8) : "lead");
            Assert.Equal(simple.Find(needle), blocked.Find(needle));
        }
    }

    [Fact]
    public void Releasing_bodies_in_any_order_leaves_the_others_intact_and_frees_a_block_once_all_in_it_are_released()
    {
        var texts = Enumerable.Range(0, 120).Select(i => $"Body {i}: " + new string((char)('a' + (i % 26)), 10_000)).ToList();
        var bodies = texts.Select(t => Body.FromUtf8(Encoding.UTF8.GetBytes(t), 1)).ToList();
        // 1.2 MB of bodies fill several blocks: one in the middle holds only these bodies (the thread's block before
        // them may hold others), and is no longer the one the thread adds to.
        var block = bodies[bodies.Count / 2].Block;
        Assert.NotNull(block);
        Assert.NotSame(block, bodies[0].Block);
        Assert.NotSame(block, bodies[^1].Block);

        var order = Enumerable.Range(0, bodies.Count).OrderBy(i => (i * 37) % 101).ToList();
        var released = new HashSet<int>();
        foreach (var index in order)
        {
            bodies[index].Release();
            released.Add(index);
            foreach (var other in Enumerable.Range(0, bodies.Count).Where(i => !released.Contains(i)).Take(5))
            {
                Assert.Equal(texts[other], bodies[other].Markdown);
            }

            var stillHeld = Enumerable.Range(0, bodies.Count).Any(i => !released.Contains(i) && ReferenceEquals(bodies[i].Block, block));
            Assert.Equal(!stillHeld, block!.IsFreed);
        }

        Assert.Throws<InvalidOperationException>(() => bodies[0].Markdown);
    }
}
