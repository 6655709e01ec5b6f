using Traceability.Core.Reports;

namespace Traceability.Api.Contracts;

/// <summary>A node on a listed path, with its flags.</summary>
public sealed record PathStepContract(string Id, string Name, string Label, IReadOnlyList<string> Flags)
{
    public static PathStepContract Map(PathStep s) => new(s.Id.Value, s.Name, s.Label, s.Flags);
}
