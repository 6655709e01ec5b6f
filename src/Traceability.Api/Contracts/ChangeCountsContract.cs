using Traceability.Core.Graph;

namespace Traceability.Api.Contracts;

/// <summary>Inserted, updated and unchanged rows.</summary>
public sealed record ChangeCountsContract(long Inserted, long Updated, long Unchanged)
{
    public static ChangeCountsContract Map(ChangeCounts c) => new(c.Inserted, c.Updated, c.Unchanged);
}
