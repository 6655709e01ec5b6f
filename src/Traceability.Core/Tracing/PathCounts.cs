using System.Numerics;

namespace Traceability.Core.Tracing;

/// <summary>Path counts of a cone: total from the root and paths through each local node.</summary>
internal sealed record PathCounts(BigInteger Total, bool Exact, BigInteger[] Through, int CyclicComponents, long States);
