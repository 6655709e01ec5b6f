using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Traceability.Core.Audit;
using Traceability.Core.Evidence;
using Traceability.Core.Graph;
using Traceability.Core.Schema;
using Traceability.Core.Screening;
using Traceability.Core.Snapshots;
using Traceability.Core.Storage;
using Traceability.Storage.Evidence;
using Traceability.Storage.Lists;
using Traceability.Storage.Tests.Neo4j;
using Traceability.Tests;
using Traceability.Tests.Malformed;

namespace Traceability.Storage.Tests.Reliability;

/// <summary>
/// The malformed-input corpus (<see cref="MalformedCorpus"/>) through the real importers into a real store, the way the
/// CLI imports: every case ends in <see cref="ImportFailedException"/> with errors naming the file (and the line and
/// field where the case fixes them), changes zero rows of any table, throws nothing else, reads no canary file, opens no
/// connection and finishes in seconds. Runs on SQLite and PostgreSQL.
/// </summary>
public abstract class MalformedCorpusTests
{
    private static readonly DateOnly Today = new(2026, 11, 1);

    /// <summary>A fresh empty store and a function giving the digest of its whole database.</summary>
    protected abstract Task<(IGraphStore Store, Func<Task<SortedDictionary<string, string>>> Dump)> OpenAsync(TempDirectory dir);

    protected abstract string StoreName { get; }

    public static TheoryData<string> Importers => new(MalformedCorpus.Importers);

    [Theory]
    [MemberData(nameof(Importers))]
    public async Task Corpus_EveryCase_IsRejectedWithAClearError_AndChangesNothing(string importer)
    {
        using var dir = new TempDirectory();
        var canary = dir.Write("canary.txt", XmlAttacks.CanaryText);
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var context = new MalformedCorpus.Context("ref-1", canary, ((IPEndPoint)listener.LocalEndpoint).Port);
            var (store, dump) = await OpenAsync(dir);
            await using var _ = store;
            dir.Write("base/nodes.csv", SampleBundle.Nodes);
            dir.Write("base/rels.csv", SampleBundle.Rels);
            await StoreFixture.ImportAsync(store, dir.File("base"));
            using var screening = new ScreeningService(store, (IListStore)store, ScreeningDefaults.Threshold);
            var graph = await SnapshotBuilder.LoadAsync(store, CancellationToken.None);

            // The seeds import cleanly: each case breaks a valid input. Imported once, so the tables the case must not touch hold rows.
            await RunAsync(importer, Write(dir, "seed", MalformedCorpus.SeedFiles(importer, context)), store, screening, graph);
            var before = await dump();

            var cases = MalformedCorpus.For(importer, context);
            var failures = new List<string>();
            var clock = Stopwatch.StartNew();
            foreach (var c in cases)
            {
                var folder = Write(dir, $"case-{c.Name[..3]}", c.Files);
                var started = clock.Elapsed;
                var problem = await CheckAsync(c, () => RunAsync(importer, folder, store, screening, graph));
                if (clock.Elapsed - started > TimeSpan.FromSeconds(10)) problem ??= $"took {(clock.Elapsed - started).TotalSeconds:0.0} s";
                var after = await dump();
                if (problem is null && !after.SequenceEqual(before)) problem = "changed the store: " + DatabaseDump.Diff(before, after);
                if (problem is not null)
                {
                    failures.Add($"{c}: {problem}");
                    before = after;
                }
                Directory.Delete(folder, recursive: true);
            }

            Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} cases failed:\n{string.Join("\n", failures)}");
            Assert.False(listener.Pending(), "a parser connected to the loopback listener");
            Assert.True(cases.Count >= 80, $"{cases.Count} cases");
            await File.AppendAllTextAsync(Path.Combine(RepoPaths.Artifacts("reliability"), $"corpus-{StoreName}.txt"),
                $"{importer}\t{cases.Count}\t{clock.Elapsed.TotalMilliseconds:0}\n");
        }
        finally
        {
            listener.Stop();
        }
    }

    /// <summary>Null when the case was refused as it should be, else what went wrong.</summary>
    internal static async Task<string?> CheckAsync(MalformedCase c, Func<Task> run)
    {
        try
        {
            await run();
            return "accepted";
        }
        catch (ImportFailedException e)
        {
            return Judge(c, e.Errors);
        }
        catch (Exception e)
        {
            return $"unhandled {e.GetType().Name}: {e.Message}";
        }
    }

    /// <summary>Null when the errors name the file (and line, words and field the case asks for) and leak nothing.</summary>
    internal static string? Judge(MalformedCase c, IReadOnlyList<ImportError> errors)
    {
        if (errors.Count == 0) return "no error in the exception";
        foreach (var e in errors)
        {
            if (string.IsNullOrWhiteSpace(e.Message) || e.Line < 0) return $"unclear error {e}";
            if (e.Message.Contains(XmlAttacks.CanaryText, StringComparison.Ordinal)) return "the canary file's content is in an error";
            if (e.Message.Contains("   at ", StringComparison.Ordinal)) return $"a stack trace in an error: {e}";
        }
        var inFile = errors.Where(e => Path.GetFileName(e.File) == c.FaultFile).ToList();
        if (inFile.Count == 0) return $"no error names {c.FaultFile}: {string.Join(" | ", errors)}";
        var match = inFile.Where(e => (c.Line is null || e.Line == c.Line) && (c.Expect is null || e.Message.Contains(c.Expect, StringComparison.Ordinal))
            && (c.Column is null || e.Column == c.Column)).ToList();
        return match.Count > 0 ? null : $"expected line {c.Line?.ToString() ?? "any"}, '{c.Expect}', field {c.Column ?? "any"}; got: {string.Join(" | ", errors.Take(3))}";
    }

    private static string Write(TempDirectory dir, string folder, IReadOnlyDictionary<string, byte[]> files)
    {
        foreach (var (name, bytes) in files) dir.WriteBytes(Path.Combine(folder, name), bytes);
        return dir.File(folder);
    }

    /// <summary>The import path the CLI takes for each input.</summary>
    private static async Task RunAsync(string importer, string folder, IGraphStore store, ScreeningService screening, GraphSnapshot graph)
    {
        var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList();
        var audit = new AuditEvent("corpus", "cli", "import", importer, "cli", "ok");
        switch (importer)
        {
            case "graph-csv":
                await new GraphImporter(GraphSchema.Default, TimeProvider.System).ImportAsync(store, [folder], "neo4j-csv", "corpus", Today, CancellationToken.None);
                break;
            case "graph-json":
                await new GraphImporter(GraphSchema.Default, TimeProvider.System).ImportAsync(store, files, "json", "corpus", Today, CancellationToken.None);
                break;
            case "evidence-csv":
                var drafts = EvidenceCsvReader.Read(files.Single(), graph, Today);
                await ((IEvidenceStore)store).AddEvidenceAsync(drafts, "corpus", audit, CancellationToken.None);
                break;
            default:
                await new ListImporter((IListStore)store, screening).ImportAsync(importer, files, "corpus", audit, CancellationToken.None);
                break;
        }
    }
}

public sealed class SqliteMalformedCorpusTests : MalformedCorpusTests
{
    protected override string StoreName => "sqlite";

    protected override async Task<(IGraphStore, Func<Task<SortedDictionary<string, string>>>)> OpenAsync(TempDirectory dir)
    {
        var store = await StoreFixture.OpenAsync(dir);
        return (store, () => DatabaseDump.SqliteAsync(dir.File("graph.db")));
    }
}

public sealed class PostgresMalformedCorpusTests : MalformedCorpusTests
{
    protected override string StoreName => "postgres";

    protected override async Task<(IGraphStore, Func<Task<SortedDictionary<string, string>>>)> OpenAsync(TempDirectory dir)
    {
        var db = await (await PostgresCluster.GetAsync()).CreateDatabaseAsync();
        var store = await Traceability.Storage.Postgres.PostgresGraphStore.OpenAsync(db, GraphSchema.Default, TimeProvider.System, CancellationToken.None);
        return (store, () => DatabaseDump.PostgresAsync(db));
    }
}
