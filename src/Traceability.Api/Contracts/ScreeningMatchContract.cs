using Traceability.Core.Screening;

namespace Traceability.Api.Contracts;

/// <summary>A list entry that resembles the screened name: score, threshold, the entry and why.</summary>
public sealed record ScreeningMatchContract(string Entry, string List, string EntryName, string Kind, double Score, double Threshold,
    string QueryName, string MatchedName, bool Blocking, IReadOnlyList<string> Programs, IReadOnlyList<string> Countries,
    IReadOnlyList<FeatureScoreContract> Features)
{
    public static ScreeningMatchContract Map(ScreeningMatch m) => new(m.Entry.Reference, m.Entry.List, m.Entry.Name,
        m.Entry.Kind.ToString().ToLowerInvariant(), m.Score, m.Threshold, m.QueryName, m.MatchedName, m.Entry.Blocking,
        m.Entry.Programs, m.Entry.Countries, [.. m.Features.Select(FeatureScoreContract.Map)]);
}
