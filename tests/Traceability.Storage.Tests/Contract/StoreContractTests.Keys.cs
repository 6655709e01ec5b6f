using Traceability.Core;
using Traceability.Core.Access;
using Traceability.Core.Audit;
using Traceability.Tests;

namespace Traceability.Storage.Tests.Contract;

// API keys: only hashes are kept; creation and revocation each write their audit record.
public abstract partial class StoreContractTests
{
    private static AuditEvent KeyEvent(string action, string id) => new("admin", "Admin", action, id, "cli", "ok");

    [Fact]
    public async Task Keys_AddFindListRevoke_RoundTrip()
    {
        using var dir = new TempDirectory();
        await using var store = new StoreUnderTest(await OpenAsync(dir));
        var (id1, key1) = ApiKeys.Create();
        var (id2, _) = ApiKeys.Create();

        var added = await store.Keys.AddKeyAsync(id1, ApiKeys.Hash(key1), "first", Role.Investigator, "admin", KeyEvent("createKey", id1), CancellationToken.None);
        await Task.Delay(5);
        await store.Keys.AddKeyAsync(id2, ApiKeys.Hash("other"), "second", Role.Admin, "admin", KeyEvent("createKey", id2), CancellationToken.None);

        Assert.Equal((id1, "first", Role.Investigator, "admin", true), (added.Id, added.Name, added.Role, added.CreatedBy, added.Active));
        var found = await store.Keys.FindKeyAsync(id1, CancellationToken.None);
        Assert.Equal(added, found!.Value.Key);
        Assert.Equal(ApiKeys.Hash(key1), found.Value.Hash);
        Assert.Null(await store.Keys.FindKeyAsync("nope", CancellationToken.None));
        Assert.Equal([id2, id1], (await store.Keys.ListKeysAsync(CancellationToken.None)).Select(k => k.Id));

        var revoked = await store.Keys.RevokeKeyAsync(id1, KeyEvent("revokeKey", id1), CancellationToken.None);
        var again = await store.Keys.RevokeKeyAsync(id1, KeyEvent("revokeKey", id1), CancellationToken.None);

        Assert.False(revoked.Active);
        Assert.Equal(revoked.RevokedAt, again.RevokedAt);
        Assert.False((await store.Keys.FindKeyAsync(id1, CancellationToken.None))!.Value.Key.Active);
        await Assert.ThrowsAsync<NotFoundException>(() => store.Keys.RevokeKeyAsync("nope", KeyEvent("revokeKey", "nope"), CancellationToken.None));
        Assert.Equal(["createKey", "createKey", "revokeKey", "revokeKey"], (await store.Audit.ReadAsync(0, 10, CancellationToken.None)).Select(r => r.Action));
    }
}
