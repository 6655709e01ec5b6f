using Traceability.Core.Evidence;

namespace Traceability.Api.Contracts;

/// <summary>A kind of rebuttal evidence from the DHS FAQs.</summary>
public sealed record EvidenceKindContract(string Id, int Number, string Title, bool Required)
{
    public static EvidenceKindContract Map(EvidenceKind k) => new(k.Id, k.Number, k.Title, k.Required);
}
