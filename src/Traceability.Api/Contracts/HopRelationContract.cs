namespace Traceability.Api.Contracts;

/// <summary>A relationship of a hop: type, direction (<c>out</c>: from the hop's start; <c>in</c>: towards it) and detail.</summary>
public sealed record HopRelationContract(string Type, string Direction, string? Detail);
