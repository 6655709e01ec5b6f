using Traceability.Core.Rules;
using Traceability.Core.Snapshots;

namespace Traceability.Api.Contracts;

/// <summary>A node in a search result or a neighbor list.</summary>
public sealed record EntitySummaryContract(string Id, string Label, string Name, string? Country, IReadOnlyList<string> Flags)
{
    public static EntitySummaryContract Map(RiskIndex risk, int v)
    {
        var g = risk.Graph;
        var a = g.AttributesOf(v);
        return new(g.IdOf(v).Value, g.KindOf(v).ToString(), g.NameOf(v), a.Country ?? a.Nationality ?? a.Flag,
            [.. FlagKinds.InMask(risk.MaskOf(v)).Select(FlagKinds.Code)]);
    }
}
