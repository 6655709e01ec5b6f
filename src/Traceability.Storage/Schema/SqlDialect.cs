namespace Traceability.Storage.Schema;

public enum SqlDialect
{
    Sqlite,
    Postgres,
}
