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
        o.WriteLine($"Paths: {count}   upstream: {r.ConeNodes - 1} nodes, {r.ConeEdges} supply links, {r.Tiers.Count - 1} tiers{(r.Cycles > 0 ? $", {r.Cycles} recycling loop(s)" : "")}");
        o.WriteLine($"Origins ({r.Origins.Count}):");
        foreach (var n in r.Origins) o.WriteLine($"  {n.Id}  {n.Name} [{n.Type}, {n.Country}] tier {n.Tier}, {n.PathsThrough} paths");
        if (r.Untraced.Count > 0)
        {
            o.WriteLine($"Untraced ends ({r.Untraced.Count}): the data runs out before the raw material");
            foreach (var n in r.Untraced) o.WriteLine($"  {n.Id}  {n.Name} [{n.Type}, {n.Country}] tier {n.Tier}, {n.PathsThrough} paths");
        }
        o.WriteLine();
        o.WriteLine(r.Flags.Count == 0 ? "Flags: none" : $"Flags ({r.Flags.Count}):");
        foreach (var f in r.Flags)
        {
            o.WriteLine($"  {f.Severity.ToUpperInvariant(),-8} {f.Kind,-20} {f.Node}  ({f.NodeName}), tier {f.Tier}, {f.PathsThrough}{(f.PathsThroughExact ? "" : "+")} of {count} paths");
            o.WriteLine($"           {f.Explanation}");
            o.WriteLine($"           rule {f.Rule}; basis: {f.Basis}");
            if (f.Chain.Count > 0) o.WriteLine($"           chain: {string.Join("; ", f.Chain.Select(c => $"{c.Start} -[{c.Type}{(c.Detail is null ? "" : " " + c.Detail)}]-> {c.End}"))}");
            o.WriteLine($"           witness: {string.Join(" < ", f.Witness)}");
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
}
