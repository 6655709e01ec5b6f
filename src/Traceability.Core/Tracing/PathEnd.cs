namespace Traceability.Core.Tracing;

/// <summary>Why a path ends where it does.</summary>
public enum PathEnd
{
    /// <summary>At an origin: extraction site or producer of a raw material.</summary>
    Origin,
    /// <summary>At a node with no known supplier that is not an origin.</summary>
    Untraced,
    /// <summary>Every supplier of the last node is already on the path (a recycling loop).</summary>
    Cycle,
    /// <summary>Cut by the depth budget.</summary>
    Cut,
}
