using Microsoft.Data.Sqlite;
using Traceability.Core.Schema;
using Traceability.Storage.Schema;
using Traceability.Tests;

namespace Traceability.Storage.Tests.Schema;

public sealed class SchemaScriptsTests
{
    private static readonly GraphSchema Schema = GraphSchema.Default;

    [Fact]
    public void EmbeddedSchema_IsTheFileInGraphSchema()
    {
        var file = File.ReadAllText(Path.Combine(RepoPaths.GraphSchema, "schema.json"));
        Assert.Equal(file, GraphSchema.EmbeddedText());
    }

    [Theory]
    [InlineData(SchemaScripts.SqliteFile)]
    [InlineData(SchemaScripts.PostgresFile)]
    [InlineData(SchemaScripts.CypherFile)]
    public void CommittedScript_EqualsScriptGeneratedFromSchema(string file)
    {
        var expected = file switch
        {
            SchemaScripts.SqliteFile => SchemaScripts.Sql(Schema, SqlDialect.Sqlite),
            SchemaScripts.PostgresFile => SchemaScripts.Sql(Schema, SqlDialect.Postgres),
            _ => SchemaScripts.Cypher(Schema),
        };
        var committed = File.ReadAllText(Path.Combine(RepoPaths.GraphSchema, file));
        Assert.True(expected == committed, $"graph-schema/{file} is out of date: run `traceability schema --write graph-schema`");
    }

    [Fact]
    public void SqliteDdl_RecordsEveryLabelPropertyAndRelationshipRule()
    {
        using var conn = new SqliteConnection("Data Source=:memory:");
        conn.Open();
        using (var cmd = conn.CreateCommand())
        {
            cmd.CommandText = SchemaScripts.Sql(Schema, SqlDialect.Sqlite);
            cmd.ExecuteNonQuery();
        }
        var properties = Rows(conn, "SELECT owner, name, type, required FROM schema_property");
        var expected = Schema.Labels.Values.SelectMany(l => l.Properties.Values.Select(p => $"{l.Name}|{p.Name}|{p.Type}|{(p.Required ? 1 : 0)}"))
            .Concat(Schema.Relationships.Values.SelectMany(r => r.Properties.Values.Select(p => $"{r.Type}|{p.Name}|{p.Type}|{(p.Required ? 1 : 0)}")));
        Assert.Equal(expected.Order(), properties.Order());

        var rules = Rows(conn, "SELECT type, from_label, to_label FROM edge_rule");
        var expectedRules = Schema.Relationships.Values.SelectMany(r => r.From.SelectMany(f => r.To.Select(t => $"{r.Type}|{f}|{t}")));
        Assert.Equal(expectedRules.Order(), rules.Order());

        // The CHECK constraints admit exactly the schema's labels and types.
        foreach (var label in Schema.Labels.Keys)
            Exec(conn, $"INSERT INTO node (id, label, name, props, source_file, source_line, import_id, created_import, as_of) VALUES ('x-{label}', '{label}', 'n', '{{}}', 'f', 1, 1, 1, '2026-01-01')");
        Assert.Throws<SqliteException>(() => Exec(conn, "INSERT INTO node (id, label, name, props, source_file, source_line, import_id, created_import, as_of) VALUES ('bad', 'Vessel', 'n', '{}', 'f', 1, 1, 1, '2026-01-01')"));
        foreach (var type in Schema.Relationships.Keys)
            Exec(conn, $"INSERT INTO edge (src, type, dst, props, source_file, source_line, import_id, created_import, as_of) VALUES (1, '{type}', 2, '{{}}', 'f', 1, 1, 1, '2026-01-01')");
        Assert.Throws<SqliteException>(() => Exec(conn, "INSERT INTO edge (src, type, dst, props, source_file, source_line, import_id, created_import, as_of) VALUES (1, 'KNOWS', 2, '{}', 'f', 1, 1, 1, '2026-01-01')"));
    }

    [Fact]
    public void Cypher_HasUniqueIdPerLabel_IndexPerIndexedProperty_AndTypeConstraintPerProperty()
    {
        var cypher = SchemaScripts.Cypher(Schema);
        foreach (var label in Schema.Labels.Values)
        {
            Assert.Contains($"FOR (n:{label.Name}) REQUIRE n.id IS UNIQUE;", cypher);
            foreach (var p in label.Properties.Values)
            {
                if (p.Indexed) Assert.Contains($"FOR (n:{label.Name}) ON (n.{p.Name});", cypher);
                if (p.Required && p.Name != "id") Assert.Contains($"FOR (n:{label.Name}) REQUIRE n.{p.Name} IS NOT NULL;", cypher);
                if (p.Name != "id") Assert.Contains($"FOR (n:{label.Name}) REQUIRE n.{p.Name} IS :: ", cypher);
            }
        }
        foreach (var rel in Schema.Relationships.Values)
        {
            Assert.Contains($"(:{string.Join("|", rel.From)})-[:{rel.Type}]->(:{string.Join("|", rel.To)})", cypher);
            foreach (var p in rel.Properties.Values)
                Assert.Contains($"FOR ()-[r:{rel.Type}]-() REQUIRE r.{p.Name} IS :: ", cypher);
        }
    }

    private static List<string> Rows(SqliteConnection conn, string sql)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<string>();
        while (r.Read()) rows.Add(string.Join("|", Enumerable.Range(0, r.FieldCount).Select(i => Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return rows;
    }

    private static void Exec(SqliteConnection conn, string sql)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
