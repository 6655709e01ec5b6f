namespace Traceability.Core;

/// <summary>A query argument is not acceptable; names the field at fault.</summary>
/// <param name="field">The argument or field, e.g. <c>limit</c>.</param>
/// <param name="message">What is wrong.</param>
public sealed class QueryException(string field, string message) : Exception($"{field}: {message}")
{
    /// <summary>The argument or field at fault.</summary>
    public string Field { get; } = field;

    /// <summary>What is wrong, without the field name.</summary>
    public string Problem { get; } = message;
}
