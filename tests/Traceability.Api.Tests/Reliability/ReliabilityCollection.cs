namespace Traceability.Api.Tests.Reliability;

/// <summary>The load tests run alone, after the others, so that their latencies are their own.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ReliabilityCollection
{
    public const string Name = "reliability";
}
