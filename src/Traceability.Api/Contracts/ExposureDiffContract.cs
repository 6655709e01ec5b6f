using Traceability.Core.Exposure;
using Traceability.Core.Rules;

namespace Traceability.Api.Contracts;

/// <summary>Changes since an earlier exposure run.</summary>
public sealed record ExposureDiffContract(IReadOnlyList<string> NewlyExposed, IReadOnlyList<string> Cleared,
    IReadOnlyList<ExposureChangeContract> Changed, IReadOnlyList<string> NewlyBarred)
{
    public static ExposureDiffContract Map(ExposureDiff d) => new([.. d.NewlyExposed.Select(x => x.Value)], [.. d.Cleared.Select(x => x.Value)],
        [.. d.Changed.Select(c => new ExposureChangeContract(c.Product.Value, [.. c.Gained.Select(FlagKinds.Code)], [.. c.Lost.Select(FlagKinds.Code)]))],
        [.. d.NewlyBarred.Select(x => x.Value)]);
}
