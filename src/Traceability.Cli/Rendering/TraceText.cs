using Traceability.Api.Contracts;

namespace Traceability.Cli.Rendering;

/// <summary>A trace as text for a terminal.</summary>
internal static class TraceText
{
    public static void Write(TextWriter o, TraceResponse r)
    {
        o.WriteLine($"{r.Label} {r.Product}: {r.Name}");
        o.WriteLine($"  graph version {r.SnapshotVersion}; lists {r.ListsVersion}");
        o.WriteLine();
        o.WriteLine(r.Presumption ? "VERDICT: PRESUMPTIVELY BARRED" : "VERDICT: no 321(b) presumption on the data held");
        o.WriteLine("  " + r.Verdict.Reason);
        o.WriteLine();
        var count = r.PathCountExact ? r.PathCount.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"at least {r.PathCount}";
        o.WriteLine($"Paths: {count}   upstream: {r.ConeNodes - 1} nodes, {r.ConeEdges} supply links, {r.TierCount - 1} tiers{(r.Cycles > 0 ? $", {r.Cycles} recycling loop(s)" : "")}");
        o.WriteLine($"Origins ({Shown(r.Origins.Count, r.OriginCount)}):");
        foreach (var n in r.Origins) o.WriteLine($"  {n.Id}  {n.Name} [{n.Type}, {n.Country}] tier {n.Tier}, {n.PathsThrough} paths");
        if (r.Untraced.Count > 0)
        {
            o.WriteLine($"Untraced ends ({Shown(r.Untraced.Count, r.UntracedCount)}): the data runs out before the raw material");
            foreach (var n in r.Untraced) o.WriteLine($"  {n.Id}  {n.Name} [{n.Type}, {n.Country}] tier {n.Tier}, {n.PathsThrough} paths");
        }
        o.WriteLine();
        o.WriteLine(r.Flags.Count == 0 ? "Flags: none" : $"Flags ({Shown(r.Flags.Count, r.FlagCount)}):");
        foreach (var f in r.Flags)
        {
            o.WriteLine($"  {f.Severity.ToUpperInvariant(),-8} {f.Kind,-20} {f.Node}  ({f.NodeName}), tier {f.Tier}, {f.PathsThrough}{(f.PathsThroughExact ? "" : "+")} of {count} paths");
            o.WriteLine($"           {f.Explanation}");
            o.WriteLine($"           rule {f.Rule}; basis: {f.Basis}");
            if (f.Chain.Count > 0) o.WriteLine($"           chain: {string.Join("; ", f.Chain.Select(c => $"{c.Start} -[{c.Type}{(c.Detail is null ? "" : " " + c.Detail)}]-> {c.End}"))}");
            var witness = f.WitnessOmitted == 0 ? string.Join(" < ", f.Witness)
                : $"{string.Join(" < ", f.Witness.Take(50))} < ... {f.WitnessOmitted} more ... < {string.Join(" < ", f.Witness.Skip(50))}";
            o.WriteLine($"           witness: {witness}");
        }
        o.WriteLine();
        if (r.Paths.Count > 0)
        {
            o.WriteLine($"Paths (product first, each step its supplier){(r.Truncated ? $" - cut by the {r.TruncatedBy} budget" : "")}:");
            foreach (var p in r.Paths)
                o.WriteLine($"  {string.Join(" < ", p.Nodes)}  [{p.End}]{(p.Flags.Count > 0 ? " " + string.Join(",", p.Flags) : "")}");
        }
        if (r.Cursor is not null) o.WriteLine($"More paths: --cursor {r.Cursor}");
    }

    private static string Shown(int shown, int total) => shown == total ? $"{total}" : $"{total}; the first {shown} shown";
}
