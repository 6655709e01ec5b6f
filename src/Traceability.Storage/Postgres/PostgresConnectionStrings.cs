using System.Globalization;
using Npgsql;

namespace Traceability.Storage.Postgres;

/// <summary>Reads PostgreSQL connection strings: Npgsql's <c>Host=...;Database=...</c> form or a libpq <c>postgres://</c> URI.</summary>
public static class PostgresConnectionStrings
{
    /// <summary>The Npgsql form of <paramref name="value"/> (URIs converted, key/value strings checked and passed through).</summary>
    /// <exception cref="ArgumentException">The text is neither a valid URI nor a valid connection string.</exception>
    public static string Normalize(string value)
    {
        if (!IsUri(value))
        {
            try
            {
                return new NpgsqlConnectionStringBuilder(value).ConnectionString;
            }
            catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
            {
                throw new ArgumentException($"not a valid PostgreSQL connection string: {e.Message}", nameof(value), e);
            }
        }
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri))
            throw new ArgumentException("not a valid postgres:// URI (expected postgres://user:password@host:port/database)", nameof(value));
        var b = new NpgsqlConnectionStringBuilder();
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            b.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0) b.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
        }
        if (uri.Host.Length > 0) b.Host = uri.Host.Trim('[', ']');
        if (!uri.IsDefaultPort && uri.Port > 0) b.Port = uri.Port;
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0) b.Database = database;
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var v = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
            switch (key)
            {
                case "host": b.Host = v; break;
                case "port": b.Port = int.Parse(v, CultureInfo.InvariantCulture); break;
                case "dbname": b.Database = v; break;
                case "user": b.Username = v; break;
                case "password": b.Password = v; break;
                case "sslmode": b.SslMode = Enum.Parse<SslMode>(v.Replace("-", "", StringComparison.Ordinal), ignoreCase: true); break;
                case "application_name": b.ApplicationName = v; break;
                case "connect_timeout": b.Timeout = int.Parse(v, CultureInfo.InvariantCulture); break;
                default:
                    try { b[key] = v; }
                    catch (ArgumentException) { throw new ArgumentException($"postgres:// URI: unknown parameter '{key}'", nameof(value)); }
                    break;
            }
        }
        return b.ConnectionString;
    }

    /// <summary>True for <c>postgres://</c> and <c>postgresql://</c> URIs.</summary>
    public static bool IsUri(string value) =>
        value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) ||
        value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Where a connection string points, without the password: <c>postgres://user@host:port/database</c>.</summary>
    public static string Describe(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return $"postgres://{b.Username}@{b.Host}:{b.Port}/{b.Database}";
    }
}
