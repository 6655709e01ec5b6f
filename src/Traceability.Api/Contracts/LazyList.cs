using System.Collections;

namespace Traceability.Api.Contracts;

/// <summary>
/// A list mapped element by element when read, so mapping a large result to its contract costs nothing until it is serialized;
/// optionally only <c>max</c> elements from <c>offset</c> on.
/// </summary>
internal sealed class LazyList<TSource, TResult>(IReadOnlyList<TSource> source, Func<TSource, TResult> map, int max = int.MaxValue, int offset = 0) : IReadOnlyList<TResult>
{
    public TResult this[int index] => index >= 0 && index < Count ? map(source[offset + index]) : throw new ArgumentOutOfRangeException(nameof(index));

    public int Count => Math.Clamp(source.Count - offset, 0, max);

    public IEnumerator<TResult> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return map(source[offset + i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
