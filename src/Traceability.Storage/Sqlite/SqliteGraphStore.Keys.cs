using System.Globalization;
using Microsoft.Data.Sqlite;
using Traceability.Core;
using Traceability.Core.Access;
using Traceability.Core.Audit;

namespace Traceability.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async Task<ApiKeyRecord> AddKeyAsync(string id, string hash, string name, Role role, string createdBy, AuditEvent audit, CancellationToken ct)
    {
        await using var conn = await ConnectAsync(ct);
        await using var tx = (SqliteTransaction)await conn.BeginTransactionAsync(ct);
        using (var cmd = conn.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "INSERT INTO api_key (id, hash, name, role, created_at, created_by) VALUES ($id, $hash, $name, $role, $at, $by)";
            cmd.Parameters.AddWithValue("$id", id);
            cmd.Parameters.AddWithValue("$hash", hash);
            cmd.Parameters.AddWithValue("$name", name);
            cmd.Parameters.AddWithValue("$role", role.ToString());
            cmd.Parameters.AddWithValue("$at", _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            cmd.Parameters.AddWithValue("$by", createdBy);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        await AppendAuditAsync(conn, tx, audit, ct);
        var key = (await ReadKeysAsync(conn, tx, id, ct)).Single().Key;
        await tx.CommitAsync(ct);
        return key;
    }

    public async Task<(ApiKeyRecord Key, string Hash)?> FindKeyAsync(string id, CancellationToken ct)
    {
        await using var conn = await ConnectAsync(ct);
        var found = await ReadKeysAsync(conn, null, id, ct);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ListKeysAsync(CancellationToken ct)
    {
        await using var conn = await ConnectAsync(ct);
        return [.. (await ReadKeysAsync(conn, null, null, ct)).Select(k => k.Key)];
    }

    public async Task<ApiKeyRecord> RevokeKeyAsync(string id, AuditEvent audit, CancellationToken ct)
    {
        await using var conn = await ConnectAsync(ct);
        await using var tx = (SqliteTransaction)await conn.BeginTransactionAsync(ct);
        using (var cmd = conn.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "UPDATE api_key SET revoked_at = coalesce(revoked_at, $at) WHERE id = $id";
            cmd.Parameters.AddWithValue("$id", id);
            cmd.Parameters.AddWithValue("$at", _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            if (await cmd.ExecuteNonQueryAsync(ct) == 0) throw new NotFoundException("API key", id);
        }
        await AppendAuditAsync(conn, tx, audit, ct);
        var key = (await ReadKeysAsync(conn, tx, id, ct)).Single().Key;
        await tx.CommitAsync(ct);
        return key;
    }

    private static async Task<List<(ApiKeyRecord Key, string Hash)>> ReadKeysAsync(SqliteConnection conn, SqliteTransaction? tx, string? id, CancellationToken ct)
    {
        using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT id, hash, name, role, created_at, created_by, revoked_at FROM api_key" + (id is null ? " ORDER BY created_at DESC" : " WHERE id = $id");
        if (id is not null) cmd.Parameters.AddWithValue("$id", id);
        var list = new List<(ApiKeyRecord, string)>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            list.Add((new ApiKeyRecord(r.GetString(0), r.GetString(2), Enum.Parse<Role>(r.GetString(3)),
                DateTimeOffset.Parse(r.GetString(4), CultureInfo.InvariantCulture), r.GetString(5),
                r.IsDBNull(6) ? null : DateTimeOffset.Parse(r.GetString(6), CultureInfo.InvariantCulture)), r.GetString(1)));
        return list;
    }
}
