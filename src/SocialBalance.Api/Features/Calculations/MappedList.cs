using System.Collections;

namespace SocialBalance.Api.Features.Calculations;

/// <summary>
/// A read-only list whose items are made from <see cref="Sources"/> when read, each time they are read.
/// </summary>
/// <remarks>
/// A large answer serialized from it holds only the sources: each item is built as the serializer reaches it and
/// is garbage right after, instead of every item staying alive until the last byte is written.
/// </remarks>
public sealed class MappedList<TSource, TResult>(IReadOnlyList<TSource> sources, Func<TSource, TResult> map) : IReadOnlyList<TResult>
{
    public IReadOnlyList<TSource> Sources { get; } = sources;

    public int Count => Sources.Count;

    public TResult this[int index] => map(Sources[index]);

    public IEnumerator<TResult> GetEnumerator()
    {
        for (var i = 0; i < Sources.Count; i++)
        {
            yield return map(Sources[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
