using Npgsql;
using Traceability.Core;
using Traceability.Core.Access;
using Traceability.Core.Audit;

namespace Traceability.Storage.Postgres;

public sealed partial class PostgresGraphStore
{
    public async Task<ApiKeyRecord> AddKeyAsync(string id, string hash, string name, Role role, string createdBy, AuditEvent audit, CancellationToken ct)
    {
        await using var conn = await _data.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await ExecAsync(conn, tx, "INSERT INTO api_key (id, hash, name, role, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6)", ct,
            id, hash, name, role.ToString(), Now(), createdBy);
        await AppendAuditAsync(conn, tx, audit, ct);
        var key = (await ReadKeysAsync(conn, tx, id, ct)).Single().Key;
        await tx.CommitAsync(ct);
        return key;
    }

    public async Task<(ApiKeyRecord Key, string Hash)?> FindKeyAsync(string id, CancellationToken ct)
    {
        await using var conn = await _data.OpenConnectionAsync(ct);
        var found = await ReadKeysAsync(conn, null, id, ct);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ListKeysAsync(CancellationToken ct)
    {
        await using var conn = await _data.OpenConnectionAsync(ct);
        return [.. (await ReadKeysAsync(conn, null, null, ct)).Select(k => k.Key)];
    }

    public async Task<ApiKeyRecord> RevokeKeyAsync(string id, AuditEvent audit, CancellationToken ct)
    {
        await using var conn = await _data.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await using (var cmd = new NpgsqlCommand("UPDATE api_key SET revoked_at = coalesce(revoked_at, $1) WHERE id = $2", conn, tx))
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = Now() });
            cmd.Parameters.Add(new NpgsqlParameter { Value = id });
            if (await cmd.ExecuteNonQueryAsync(ct) == 0) throw new NotFoundException("API key", id);
        }
        await AppendAuditAsync(conn, tx, audit, ct);
        var key = (await ReadKeysAsync(conn, tx, id, ct)).Single().Key;
        await tx.CommitAsync(ct);
        return key;
    }

    private static async Task<List<(ApiKeyRecord Key, string Hash)>> ReadKeysAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string? id, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(
            "SELECT id, hash, name, role, created_at, created_by, revoked_at FROM api_key" + (id is null ? " ORDER BY created_at DESC" : " WHERE id = $1"), conn, tx);
        if (id is not null) cmd.Parameters.Add(new NpgsqlParameter { Value = id });
        var list = new List<(ApiKeyRecord, string)>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            list.Add((new ApiKeyRecord(r.GetString(0), r.GetString(2), Enum.Parse<Role>(r.GetString(3)), Utc(r.GetDateTime(4)), r.GetString(5),
                r.IsDBNull(6) ? null : Utc(r.GetDateTime(6))), r.GetString(1)));
        return list;
    }
}
