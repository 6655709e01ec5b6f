using System.Security.Cryptography;
using System.Text;

namespace Traceability.Core.Storage;

/// <summary>
/// A SHA-256 over the canonical dump of a stored graph (nodes by id, relationships by start, type, end),
/// to compare two stores or one store before and after an operation.
/// </summary>
public static class GraphDigest
{
    /// <summary>Hex SHA-256 of the canonical dump.</summary>
    /// <param name="store">The store to read.</param>
    /// <param name="withProvenance">Include source file, line, import id and as-of date.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<string> ComputeAsync(IGraphStore store, bool withProvenance, CancellationToken cancellationToken)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await foreach (var line in DumpAsync(store, withProvenance, cancellationToken))
            sha.AppendData(Encoding.UTF8.GetBytes(line + "\n"));
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>The canonical dump, one line per node or relationship.</summary>
    public static async IAsyncEnumerable<string> DumpAsync(IGraphStore store, bool withProvenance,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var n in store.ReadNodesAsync(cancellationToken))
            yield return $"N\t{n.Node.Id}\t{n.Node.Label}\t{n.Node.Properties.ToJson()}{(withProvenance ? "\t" + n.Provenance : "")}";
        await foreach (var e in store.ReadEdgesAsync(cancellationToken))
            yield return $"E\t{e.Edge.Start}\t{e.Edge.Type}\t{e.Edge.End}\t{e.Edge.Properties.ToJson()}{(withProvenance ? "\t" + e.Provenance : "")}";
    }
}
