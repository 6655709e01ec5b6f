using System.CommandLine;
using Traceability.Storage.Schema;

namespace Traceability.Cli.Commands;

internal static class SchemaCommand
{
    public static Command Create()
    {
        var write = new Option<string?>("--write") { Description = "Write sqlite.sql, postgres.sql and neo4j-constraints.cypher into this folder (graph-schema/)" };
        var dialect = new Option<string>("--dialect") { Description = "What to print: sqlite, postgres or cypher", DefaultValueFactory = _ => "cypher" };
        dialect.AcceptOnlyFromAmong("sqlite", "postgres", "cypher");
        var command = new Command("schema", "Print or write the SQL DDL and Cypher constraints derived from graph-schema") { write, dialect };
        CliAction.Set(command, (ctx, ct) =>
        {
            if (ctx.Parse.GetValue(write) is { } folder)
            {
                Directory.CreateDirectory(folder);
                foreach (var (file, text) in Files(ctx.Schema))
                {
                    File.WriteAllText(Path.Combine(folder, file), text);
                    ctx.Out.WriteLine($"wrote {Path.Combine(folder, file)}");
                }
                return Task.FromResult(CliAction.Ok);
            }
            ctx.Out.Write(ctx.Parse.GetValue(dialect) switch
            {
                "sqlite" => SchemaScripts.Sql(ctx.Schema, SqlDialect.Sqlite),
                "postgres" => SchemaScripts.Sql(ctx.Schema, SqlDialect.Postgres),
                _ => SchemaScripts.Cypher(ctx.Schema),
            });
            return Task.FromResult(CliAction.Ok);
        });
        return command;
    }

    public static IEnumerable<(string File, string Text)> Files(Core.Schema.GraphSchema schema) =>
    [
        (SchemaScripts.SqliteFile, SchemaScripts.Sql(schema, SqlDialect.Sqlite)),
        (SchemaScripts.PostgresFile, SchemaScripts.Sql(schema, SqlDialect.Postgres)),
        (SchemaScripts.CypherFile, SchemaScripts.Cypher(schema)),
    ];
}
