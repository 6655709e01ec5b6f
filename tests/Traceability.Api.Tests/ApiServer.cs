using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Traceability.Api;
using Traceability.Core.Access;
using Traceability.Core.Audit;
using Traceability.Core.Schema;
using Traceability.Core.Storage;
using Traceability.Storage;
using Traceability.Storage.Postgres;
using Traceability.Storage.Sqlite;
using Traceability.Tests;

namespace Traceability.Api.Tests;

/// <summary>
/// The API on a real Kestrel port over a store holding the demo network, with a key per role: a SQLite file, or the
/// PostgreSQL database given, which several servers may share.
/// </summary>
public sealed class ApiServer : IAsyncDisposable
{
    private readonly TempDirectory _dir;
    private readonly WebApplication _app;

    private ApiServer(TempDirectory dir, WebApplication app, Uri address, Dictionary<string, string> keys)
    {
        _dir = dir;
        _app = app;
        Address = address;
        Keys = keys;
    }

    public Uri Address { get; }

    /// <summary>Keys by role name: investigator, analyst, admin, revoked.</summary>
    public IReadOnlyDictionary<string, string> Keys { get; }

    public string DbPath => _dir.File("api.db");

    public IServiceProvider Services => _app.Services;

    public TempDirectory Dir => _dir;

    /// <summary>Starts a server; <paramref name="load"/> fills the store instead of the demo network.</summary>
    public static async Task<ApiServer> StartAsync(Dictionary<string, string?>? settings = null, string? postgres = null, Func<IGraphStore, Task>? load = null)
    {
        var dir = new TempDirectory();
        var db = dir.File("api.db");
        await using (var store = postgres is null
            ? (IGraphStore)await SqliteGraphStore.OpenAsync(db, GraphSchema.Default, TimeProvider.System, CancellationToken.None)
            : await PostgresGraphStore.OpenAsync(postgres, GraphSchema.Default, TimeProvider.System, CancellationToken.None))
        {
            await (load ?? (s => new GraphImporter(GraphSchema.Default, TimeProvider.System)
                .ImportAsync(s, [RepoPaths.SeedGraph], "neo4j-csv", "test", new DateOnly(2026, 11, 1), CancellationToken.None)))(store);
        }
        var overrides = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = postgres is null ? "Sqlite" : "Postgres",
            ["Storage:Path"] = db,
            ["Storage:ConnectionString"] = postgres,
            ["Lists:Folder"] = Path.Combine(RepoPaths.SeedData, "lists"),
            ["Logging:LogLevel:Default"] = "Warning",
            // The shared server sees many deliberate bad keys from one address; the limiter has its own test.
            ["Api:KeyFailuresPerMinute"] = "10000",
        };
        foreach (var (k, v) in settings ?? []) overrides[k] = v;
        var app = ApiHost.Build(["--urls", "http://127.0.0.1:0"], overrides);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var keyStore = app.Services.GetRequiredService<IKeyStore>();
        var keys = new Dictionary<string, string>();
        foreach (var (name, role) in new[] { ("investigator", Role.Investigator), ("analyst", Role.Analyst), ("admin", Role.Admin), ("revoked", Role.Admin) })
        {
            var (id, key) = ApiKeys.Create();
            await keyStore.AddKeyAsync(id, ApiKeys.Hash(key), name, role, "test", new AuditEvent("test", "test", "createKey", id, "test", "ok"), CancellationToken.None);
            if (name == "revoked") await keyStore.RevokeKeyAsync(id, new AuditEvent("test", "test", "revokeKey", id, "test", "ok"), CancellationToken.None);
            keys[name] = key;
        }
        return new ApiServer(dir, app, address, keys);
    }

    public HttpClient Client(string? role = null)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        if (role is not null) client.DefaultRequestHeaders.Add("X-Api-Key", Keys[role]);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public T Service<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _dir.Dispose();
    }
}
