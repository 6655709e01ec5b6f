namespace Traceability.Core.Screening;

/// <summary>One feature's part in a match score, as yente explains its matches.</summary>
/// <param name="Feature"><c>name</c>, <c>identifier</c>, <c>country</c>, <c>kind</c>.</param>
/// <param name="Value">The feature's own score in [0, 1], or its effect on the total.</param>
/// <param name="Detail">What was compared and how it came out.</param>
public sealed record FeatureScore(string Feature, double Value, string Detail);
