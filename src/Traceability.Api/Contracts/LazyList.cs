using System.Collections;

namespace Traceability.Api.Contracts;

/// <summary>A list mapped element by element when read, so mapping a large result to its contract costs nothing until it is serialized.</summary>
internal sealed class LazyList<TSource, TResult>(IReadOnlyList<TSource> source, Func<TSource, TResult> map) : IReadOnlyList<TResult>
{
    public TResult this[int index] => map(source[index]);

    public int Count => source.Count;

    public IEnumerator<TResult> GetEnumerator()
    {
        foreach (var x in source) yield return map(x);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
