using Traceability.Core.Screening;

namespace Traceability.Api.Contracts;

/// <summary>One feature's part in a screening score.</summary>
public sealed record FeatureScoreContract(string Feature, double Value, string Detail)
{
    public static FeatureScoreContract Map(FeatureScore f) => new(f.Feature, f.Value, f.Detail);
}
