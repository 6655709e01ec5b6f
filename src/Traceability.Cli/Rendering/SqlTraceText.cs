namespace Traceability.Cli.Rendering;

/// <summary>A recursive-SQL trace as text for a terminal.</summary>
internal static class SqlTraceText
{
    public static void Write(TextWriter o, SqlTraceResponse r)
    {
        o.WriteLine($"{r.Product}: traced by recursive SQL in {r.Store}");
        o.WriteLine(r.PathCountExact
            ? $"Paths: {r.PathCount}   upstream: {r.UpstreamNodes - 1} nodes"
            : $"Paths: at least {r.PathCount} (cut by the {r.CutBy} budget; raise --max-paths)   upstream: {r.UpstreamNodes - 1} nodes");
        o.WriteLine($"Origins ({r.Origins.Count}):");
        foreach (var id in r.Origins) o.WriteLine("  " + id);
        if (r.Untraced.Count > 0)
        {
            o.WriteLine($"Untraced ends ({r.Untraced.Count}): the data runs out before the raw material");
            foreach (var id in r.Untraced) o.WriteLine("  " + id);
        }
        o.WriteLine("Flags and the 321(b) verdict come from the default engine (without --engine sql).");
    }
}
