using Microsoft.Data.Sqlite;
using Traceability.Tests;

namespace Traceability.Cli.Tests.Commands;

public sealed class CheckCommandTests
{
    [Fact]
    public async Task Check_IntactStore_Exits0_AndPrintsEveryCheckAndTheDigest()
    {
        var (dir, db) = await Cli.DemoAsync();
        using var cleanup = dir;

        var r = await Cli.RunAsync("check", "--db", db);

        Assert.True(r.Exit == 0, r.Err);
        Assert.StartsWith($"sqlite:{db}: intact", r.Out, StringComparison.Ordinal);
        foreach (var check in new[] { "sqlite integrity_check", "foreign keys", "indexes of graph-schema present", "no dangling relationships", "relationships allowed by graph-schema",
                     "every row belongs to a recorded import", "graph version matches the import log", "audit trail verifies" })
            Assert.Contains($"  ok   {check}: ", r.Out);
        Assert.Matches("graph digest [0-9a-f]{64} \\(301 nodes, 335 relationships, graph version 1\\)", r.Out);
    }

    [Fact]
    public async Task Check_DanglingRelationshipCutAuditTrailAndMissingIndex_Exits1_AndNamesEach()
    {
        var (dir, db) = await Cli.DemoAsync();
        using var cleanup = dir;
        await using (var conn = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            // As a SQL client without foreign keys on would: remove a node its relationships still point at; drop the
            // append-only guard and cut the audit trail; drop an index.
            cmd.CommandText = """
                PRAGMA foreign_keys = OFF;
                DELETE FROM node WHERE id = 'fac-kp-tanchon-port';
                DROP TRIGGER audit_no_delete;
                DELETE FROM audit;
                DROP INDEX node_name;
                """;
            await cmd.ExecuteNonQueryAsync();
        }

        var r = await Cli.RunAsync("check", "--db", db);

        Assert.Equal(1, r.Exit);
        Assert.StartsWith($"sqlite:{db}: DAMAGED", r.Out, StringComparison.Ordinal);
        Assert.Contains("  FAIL foreign keys: ", r.Out);
        Assert.Contains("  FAIL no dangling relationships: ", r.Out);
        Assert.Contains("relationships point at a missing node", r.Out);
        Assert.Contains("  FAIL indexes of graph-schema present: missing: node_name", r.Out);
        Assert.Contains("  FAIL audit trail verifies: the trail ends at record 0 but the head records 1: records were cut from the end", r.Out);
    }
}
