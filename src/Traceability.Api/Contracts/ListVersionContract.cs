using Traceability.Core.Screening;

namespace Traceability.Api.Contracts;

/// <summary>An imported list version.</summary>
public sealed record ListVersionContract(long Id, string List, string Format, string? PublicationDate, string Sha256, DateTimeOffset ImportedAt,
    string Actor, int Entries, IReadOnlyList<string> Files)
{
    public static ListVersionContract Map(ListVersion v) => new(v.Id, v.List, v.Format, v.PublicationDate, v.Sha256, v.ImportedAt, v.Actor, v.Entries, v.Files);
}
