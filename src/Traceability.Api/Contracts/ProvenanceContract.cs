using Traceability.Core.Storage;

namespace Traceability.Api.Contracts;

/// <summary>Where a stored fact came from.</summary>
public sealed record ProvenanceContract(string SourceFile, long SourceLine, long ImportId, DateOnly AsOf)
{
    public static ProvenanceContract Map(Provenance p) => new(p.SourceFile, p.SourceLine, p.ImportId, p.AsOf);
}
