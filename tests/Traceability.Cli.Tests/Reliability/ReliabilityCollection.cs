namespace Traceability.Cli.Tests.Reliability;

/// <summary>
/// The reliability tests run one at a time, after the others: they time phases of child processes and mount file
/// systems, and should not compete with other tests for the two cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ReliabilityCollection
{
    public const string Name = "reliability";
}
