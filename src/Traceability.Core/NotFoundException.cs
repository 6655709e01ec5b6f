namespace Traceability.Core;

/// <summary>An id names nothing in the graph or store.</summary>
/// <param name="what">What was looked for, e.g. <c>node</c>.</param>
/// <param name="id">The id asked for.</param>
public sealed class NotFoundException(string what, string id) : Exception($"no {what} with id '{id}'")
{
    /// <summary>What was looked for.</summary>
    public string What { get; } = what;

    /// <summary>The id asked for.</summary>
    public string Id { get; } = id;
}
