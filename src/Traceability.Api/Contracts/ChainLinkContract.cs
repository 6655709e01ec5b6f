using Traceability.Core.Rules;

namespace Traceability.Api.Contracts;

/// <summary>A relationship in the chain that fired a flag.</summary>
public sealed record ChainLinkContract(string Start, string Type, string End, string? Detail)
{
    public static ChainLinkContract Map(ChainLink c) => new(c.Start.Value, c.Type, c.End.Value, c.Detail);
}
