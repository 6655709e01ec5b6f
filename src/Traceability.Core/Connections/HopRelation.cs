namespace Traceability.Core.Connections;

/// <summary>One relationship behind a hop.</summary>
/// <param name="Type">Relationship type.</param>
/// <param name="Forward">True when it points from the hop's start to its end.</param>
/// <param name="Detail">Percent of an OWNS, material of a SUPPLIES.</param>
public sealed record HopRelation(string Type, bool Forward, string? Detail);
