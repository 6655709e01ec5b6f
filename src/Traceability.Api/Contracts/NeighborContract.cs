namespace Traceability.Api.Contracts;

/// <summary>A relationship of an entity: type, direction (<c>out</c> from the entity, <c>in</c> towards it), the other node, detail.</summary>
public sealed record NeighborContract(string Type, string Direction, string? Detail, EntitySummaryContract Node);
