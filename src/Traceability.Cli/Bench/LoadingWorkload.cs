using Microsoft.Data.Sqlite;
using Traceability.Core.Snapshots;

namespace Traceability.Cli.Bench;

/// <summary>
/// Workload 9 (part): building the in-memory snapshot from the store against a plain scan of the edge table that reads
/// every column; and the snapshot's memory per node and per edge.
/// </summary>
internal static class LoadingWorkload
{
    public static async Task<IEnumerable<BenchResult>> RunAsync(BenchData data, int runs, CancellationToken ct)
    {
        var path = data.Store.Path;
        var times = Measure.Interleaved(runs, ct,
            () => SnapshotBuilder.LoadAsync(data.Store, ct).GetAwaiter().GetResult(),
            () => ScanEdges(path));
        var bytes = Measure.RetainedBytes(() => SnapshotBuilder.LoadAsync(data.Store, ct).GetAwaiter().GetResult(), out var snapshot);
        await Task.CompletedTask;
        var n = snapshot.NodeCount;
        var e = snapshot.EdgeCount;
        return
        [
            new("load: snapshot build", data.Size, "snapshot from SQLite", times[0], "plain scan of the edge table", times[1], "ms",
                times[1] / times[0], "<= 2x the scan", times[0] <= 2 * times[1], $"{n:N0} nodes, {e:N0} edges"),
            new("load: snapshot memory", data.Size, "bytes per node (whole snapshot / nodes)", bytes / (double)n, "bytes per edge (whole snapshot / edges)", bytes / (double)e,
                "bytes", double.NaN, "reported", null, $"{bytes / 1e6:F0} MB retained; arrays alone {snapshot.ArrayBytes / 1e6:F0} MB"),
        ];
    }

    private static long ScanEdges(string path)
    {
        using var conn = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        conn.Open();
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT src, type, dst, props FROM edge";
        using var r = cmd.ExecuteReader();
        long sum = 0;
        while (r.Read()) sum += r.GetInt64(0) + r.GetString(1).Length + r.GetInt64(2) + r.GetString(3).Length;
        return sum;
    }
}
