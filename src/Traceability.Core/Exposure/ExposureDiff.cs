using Traceability.Core.Graph;
using Traceability.Core.Rules;

namespace Traceability.Core.Exposure;

/// <summary>How exposure changed since an earlier run.</summary>
/// <param name="NewlyExposed">Products clean before (or new) and flagged now.</param>
/// <param name="Cleared">Products flagged before and clean now.</param>
/// <param name="Changed">Products flagged before and now, with kinds gained or lost.</param>
/// <param name="NewlyBarred">Products presumptively barred now but not before.</param>
public sealed record ExposureDiff(IReadOnlyList<NodeId> NewlyExposed, IReadOnlyList<NodeId> Cleared,
    IReadOnlyList<ExposureChange> Changed, IReadOnlyList<NodeId> NewlyBarred)
{
    /// <summary>Compares a run with an earlier one (products by id; kinds by code).</summary>
    public static ExposureDiff Compare(IReadOnlyDictionary<NodeId, (bool Presumption, IReadOnlySet<FlagKind> Kinds)> before, ExposureReport now)
    {
        var exposed = new List<NodeId>();
        var cleared = new List<NodeId>();
        var changed = new List<ExposureChange>();
        var barred = new List<NodeId>();
        var seen = new HashSet<NodeId>();
        foreach (var p in now.Products.OrderBy(p => p.Product))
        {
            seen.Add(p.Product);
            var old = before.TryGetValue(p.Product, out var b) ? b : (false, (IReadOnlySet<FlagKind>)new HashSet<FlagKind>());
            var kinds = p.Kinds.ToHashSet();
            if (p.Presumption && !old.Item1) barred.Add(p.Product);
            if (old.Item2.Count == 0 && kinds.Count > 0) exposed.Add(p.Product);
            else if (old.Item2.Count > 0 && kinds.Count == 0) cleared.Add(p.Product);
            else if (!kinds.SetEquals(old.Item2))
                changed.Add(new ExposureChange(p.Product, [.. kinds.Except(old.Item2).Order()], [.. old.Item2.Except(kinds).Order()]));
        }
        foreach (var (id, old) in before.OrderBy(kv => kv.Key))
            if (!seen.Contains(id) && old.Kinds.Count > 0) cleared.Add(id);
        return new ExposureDiff(exposed, cleared, changed, barred);
    }
}
