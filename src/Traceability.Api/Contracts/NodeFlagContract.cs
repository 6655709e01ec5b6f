using Traceability.Core.Rules;

namespace Traceability.Api.Contracts;

/// <summary>A flag on an entity, with its rule, basis and the chain that fired it.</summary>
public sealed record NodeFlagContract(string Kind, string Rule, string Basis, string Severity, string Explanation, string? Source, IReadOnlyList<ChainLinkContract> Chain)
{
    public static NodeFlagContract Map(Flag f) => new(f.Code, f.Rule, f.Basis, FlagContract.SeverityName(f.Severity), f.Explanation, f.Source?.Value,
        [.. f.Chain.Select(ChainLinkContract.Map)]);
}
