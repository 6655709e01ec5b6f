using Traceability.Api.Contracts;
using Traceability.Storage.Csv;

namespace Traceability.Cli.Rendering;

internal static class ExposureText
{
    public static void Write(TextWriter o, ExposureResponse r)
    {
        o.WriteLine($"Exposure of {r.Products} products (graph version {r.SnapshotVersion}): {r.Flagged} flagged ({r.Barred} of them presumptively barred), {r.Products - r.Flagged} clean");
        o.WriteLine();
        o.WriteLine($"  {"product",-34} {"verdict",-8} {"worst",-9} {"paths",8}  flags");
        foreach (var p in r.Items)
        {
            var verdict = p.Presumption ? "BARRED" : p.Kinds.Count > 0 ? "flagged" : "clean";
            o.WriteLine($"  {p.Product,-34} {verdict,-8} {p.MaxSeverity ?? "-",-9} {p.PathCount + (p.PathCountExact ? "" : "+"),8}  {string.Join(", ", p.Kinds)}");
        }
        if (r.Since is { } d)
        {
            o.WriteLine();
            o.WriteLine("Since the earlier run:");
            o.WriteLine($"  newly barred:  {Join(d.NewlyBarred)}");
            o.WriteLine($"  newly exposed: {Join(d.NewlyExposed)}");
            o.WriteLine($"  cleared:       {Join(d.Cleared)}");
            foreach (var c in d.Changed) o.WriteLine($"  changed:       {c.Product} +[{string.Join(",", c.Gained)}] -[{string.Join(",", c.Lost)}]");
        }
    }

    public static void WriteCsv(TextWriter o, ExposureResponse r)
    {
        var w = new CsvWriter(o);
        w.WriteRow(["product", "name", "presumption", "max_severity", "kinds", "path_count", "path_count_exact", "importers"]);
        foreach (var p in r.Items)
            w.WriteRow([p.Product, p.Name, p.Presumption ? "true" : "false", p.MaxSeverity ?? "", string.Join(";", p.Kinds),
                p.PathCount.ToString(System.Globalization.CultureInfo.InvariantCulture), p.PathCountExact ? "true" : "false", string.Join(";", p.Importers)]);
        o.Flush();
    }

    private static string Join(IReadOnlyList<string> ids) => ids.Count == 0 ? "-" : string.Join(", ", ids);
}
