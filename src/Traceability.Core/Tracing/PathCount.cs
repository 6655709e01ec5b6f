using System.Numerics;

namespace Traceability.Core.Tracing;

/// <summary>A number of paths: exact, or a lower bound when the cycle budget ran out.</summary>
/// <param name="Value">The count (arbitrary precision).</param>
/// <param name="Exact">False when <paramref name="Value"/> is only a lower bound.</param>
public readonly record struct PathCount(BigInteger Value, bool Exact)
{
    /// <summary><c>123</c>, or <c>at least 123</c>.</summary>
    public override string ToString() => Exact ? Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"at least {Value}";
}
