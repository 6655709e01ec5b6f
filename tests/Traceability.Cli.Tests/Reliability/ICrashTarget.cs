namespace Traceability.Cli.Tests.Reliability;

/// <summary>A store the crash test copies, probes and drops: SQLite files or PostgreSQL databases.</summary>
internal interface ICrashTarget
{
    string Name { get; }

    /// <summary>A store holding <paramref name="network"/> (none: an empty store), to copy states from; returns its --db value.</summary>
    Task<string> TemplateAsync(string name, string? network);

    /// <summary>A fresh copy of a template; returns its --db value.</summary>
    Task<string> CopyAsync(string template);

    /// <summary>Whether a write transaction is open on the store right now (probed just before a kill).</summary>
    Task<bool> WriterActiveAsync(string db);

    /// <summary>True when the store is a server whose process can be killed apart from the importer's.</summary>
    bool HasServer { get; }

    /// <summary>SIGKILL to the database server process serving the importer; false when there is none (yet).</summary>
    Task<bool> KillServerAsync(string db);

    /// <summary>Waits until the killed writer's session is gone (PostgreSQL notices the dead client and rolls back).</summary>
    Task SettleAsync(string db);

    Task DropAsync(string db);
}
