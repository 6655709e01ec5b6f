using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Traceability.Tests;

/// <summary>
/// A digest of every row of every table of a store's database, read with its own connection: equal before and after an
/// operation means it changed zero rows anywhere (graph, provenance, lists, matches, evidence, keys, audit).
/// </summary>
public static class DatabaseDump
{
    /// <summary>
    /// Digest per table (table name to SHA-256 of its rows in a stable order), leaving out <paramref name="except"/> (leaving out
    /// <c>audit</c> also leaves out the audit head kept in <c>meta</c>).
    /// </summary>
    public static async Task<SortedDictionary<string, string>> SqliteAsync(string file, params string[] except)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await using var conn = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await conn.OpenAsync();
        var tables = new List<string>();
        await using (var cmd = conn.CreateCommand())
        {
            cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync()) tables.Add(r.GetString(0));
        }
        foreach (var table in tables.Except(except))
        {
            await using var cmd = conn.CreateCommand();
            // Leaving out the audit trail leaves out its head in meta too.
            var where = table == "meta" && except.Contains("audit") ? " WHERE key NOT LIKE 'audit%'" : "";
            cmd.CommandText = $"SELECT * FROM \"{table}\"{where} ORDER BY rowid";
            await using var r = await cmd.ExecuteReaderAsync();
            result[table] = await HashAsync(r);
        }
        return result;
    }

    /// <summary>The same for the tables of a PostgreSQL database's public schema.</summary>
    public static async Task<SortedDictionary<string, string>> PostgresAsync(string connectionString, params string[] except)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        var tables = new List<string>();
        await using (var cmd = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name", conn))
        await using (var r = await cmd.ExecuteReaderAsync())
            while (await r.ReadAsync()) tables.Add(r.GetString(0));
        foreach (var table in tables.Except(except))
        {
            // Leaving out the audit trail leaves out its head in store_head too.
            var sql = table == "store_head" && except.Contains("audit") ? "SELECT graph_version, screening_version FROM store_head"
                : $"SELECT t::text FROM \"{table}\" t ORDER BY 1";
            await using var cmd = new NpgsqlCommand(sql, conn);
            await using var r = await cmd.ExecuteReaderAsync();
            result[table] = await HashAsync(r);
        }
        return result;
    }

    /// <summary>The tables whose digest differs, for a message.</summary>
    public static string Diff(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        string.Join(", ", before.Keys.Union(after.Keys).Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t)));

    private static async Task<string> HashAsync(System.Data.Common.DbDataReader r)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var rows = 0;
        while (await r.ReadAsync())
        {
            rows++;
            var b = new StringBuilder();
            for (var i = 0; i < r.FieldCount; i++)
                b.Append(r.IsDBNull(i) ? "\u0001null" : r.GetValue(i) is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('\u0000');
            hash.AppendData(Encoding.UTF8.GetBytes(b.Append('\n').ToString()));
        }
        return $"{rows} rows {Convert.ToHexStringLower(hash.GetHashAndReset())[..16]}";
    }
}
