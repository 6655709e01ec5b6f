using System.Collections;

namespace Traceability.Api.Contracts;

/// <summary>
/// A list mapped element by element when read, so mapping a large result to its contract costs nothing until it is serialized;
/// optionally only its first <c>max</c> elements.
/// </summary>
internal sealed class LazyList<TSource, TResult>(IReadOnlyList<TSource> source, Func<TSource, TResult> map, int max = int.MaxValue) : IReadOnlyList<TResult>
{
    public TResult this[int index] => index < Count ? map(source[index]) : throw new ArgumentOutOfRangeException(nameof(index));

    public int Count => Math.Min(source.Count, max);

    public IEnumerator<TResult> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return map(source[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
