using Traceability.Core.Reports;

namespace Traceability.Api.Contracts;

/// <summary>A flag as a dossier states it, with its chain and legal basis.</summary>
public sealed record FindingContract(string Kind, string Rule, string Node, string NodeName, int Tier, string Severity, string Basis, string Explanation,
    string? Source, IReadOnlyList<ChainLinkContract> Chain)
{
    public static FindingContract Map(Finding f) => new(f.Kind, f.Rule, f.Node.Value, f.NodeName, f.Tier, FlagContract.SeverityName(f.Severity), f.Basis,
        f.Explanation, f.Source?.Value, [.. f.Chain.Select(ChainLinkContract.Map)]);
}
