using Npgsql;
using Traceability.Core;
using Traceability.Core.Graph;
using Traceability.Core.Snapshots;

namespace Traceability.Storage.Postgres;

public sealed partial class PostgresGraphStore
{
    /// <summary>Partial paths the walk may produce per complete path asked for, before it is cut by steps.</summary>
    public const int StepsPerPath = 64;

    // DESIGN.md section 4: an origin is a facility of an extraction type or one that PRODUCES a material.
    private static readonly string OriginTypes = string.Join(", ", GraphSnapshot.ExtractionTypes.Order(StringComparer.Ordinal).Select(t => $"'{t}'"));

    private static string IsOrigin(string n) =>
        $"({n}.label = 'Facility' AND ({n}.props ->> 'facilityType' IN ({OriginTypes}) OR EXISTS (SELECT 1 FROM edge p WHERE p.src = {n}.nid AND p.type = 'PRODUCES')))";

    /// <summary>
    /// Traces <paramref name="root"/> in the database with <c>WITH RECURSIVE</c>: the upstream cone by a set-semantics
    /// walk, then every maximal simple path by a walk that carries its path as an array and never revisits a node on it.
    /// The path walk stops after <paramref name="maxPaths"/> complete paths or <see cref="StepsPerPath"/> times as many
    /// partial ones; the result then says it was cut. Serves graphs that do not fit in memory, and cross-checks the
    /// in-memory engine.
    /// </summary>
    /// <exception cref="NotFoundException">No such node.</exception>
    /// <exception cref="QueryException">The node cannot be traced, or the budget is not positive.</exception>
    public async Task<SqlTrace> SqlTraceAsync(NodeId root, long maxPaths, CancellationToken ct)
    {
        if (maxPaths < 1) throw new QueryException("maxPaths", "must be at least 1");
        var maxSteps = maxPaths > long.MaxValue / StepsPerPath ? long.MaxValue - 1 : maxPaths * StepsPerPath;
        await using var conn = await _data.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        long nid;
        await using (var cmd = new NpgsqlCommand("SELECT nid, label FROM node WHERE id = $1", conn, tx))
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = root.Value });
            await using var r = await cmd.ExecuteReaderAsync(ct);
            if (!await r.ReadAsync(ct)) throw new NotFoundException("node", root.Value);
            nid = r.GetInt64(0);
            if (r.GetString(1) is not ("Product" or "Facility" or "Transporter"))
                throw new QueryException("product", $"'{root}' is a {r.GetString(1)}; only products, facilities and transporters can be traced");
        }

        var upstream = new List<NodeId>();
        var origins = new List<NodeId>();
        var untraced = new List<NodeId>();
        await using (var cmd = new NpgsqlCommand($"""
            WITH RECURSIVE cone (nid) AS (
                SELECT $1::bigint
                UNION
                SELECT e.src FROM cone c
                JOIN node n ON n.nid = c.nid
                JOIN edge e ON e.dst = c.nid AND e.type = 'SUPPLIES'
                WHERE e.src <> c.nid AND NOT {IsOrigin("n")}
            )
            SELECT n.id, {IsOrigin("n")},
                NOT EXISTS (SELECT 1 FROM edge s WHERE s.dst = n.nid AND s.type = 'SUPPLIES' AND s.src <> n.nid)
            FROM cone JOIN node n ON n.nid = cone.nid
            ORDER BY n.id
            """, conn, tx))
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = nid });
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                var id = new NodeId(r.GetString(0));
                upstream.Add(id);
                if (r.GetBoolean(1)) origins.Add(id);
                else if (r.GetBoolean(2)) untraced.Add(id);
            }
        }

        // A row of the walk is a complete path when it ends at an origin or no supplier of its end is off the path.
        // The window numbers the walk's rows as they come, so the sentinel row (maxSteps + 1) shows the step budget ran out;
        // both LIMITs stop the recursion early (PostgreSQL evaluates a recursive query only as far as it is read).
        long paths = 0, steps = 0;
        string? cutBy = null;
        await using (var cmd = new NpgsqlCommand($"""
            WITH RECURSIVE walk (nid, path, at_origin) AS (
                SELECT r.nid, ARRAY[r.nid], {IsOrigin("r")} FROM node r WHERE r.nid = $1
                UNION ALL
                SELECT e.src, w.path || e.src, {IsOrigin("n")}
                FROM walk w
                JOIN edge e ON e.dst = w.nid AND e.type = 'SUPPLIES'
                JOIN node n ON n.nid = e.src
                WHERE NOT w.at_origin AND NOT e.src = ANY (w.path)
            ),
            numbered AS (
                SELECT nid, path, at_origin, row_number() OVER () AS step FROM (SELECT * FROM walk LIMIT $2 + 1) limited
            )
            SELECT step, step > $2 FROM numbered w
            WHERE step > $2 OR w.at_origin
                OR NOT EXISTS (SELECT 1 FROM edge s WHERE s.dst = w.nid AND s.type = 'SUPPLIES' AND NOT s.src = ANY (w.path))
            LIMIT $3 + 1
            """, conn, tx))
        {
            cmd.CommandTimeout = 0;
            cmd.Parameters.Add(new NpgsqlParameter { Value = nid });
            cmd.Parameters.Add(new NpgsqlParameter { Value = maxSteps });
            cmd.Parameters.Add(new NpgsqlParameter { Value = maxPaths });
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                steps = r.GetInt64(0);
                if (r.GetBoolean(1)) { cutBy = "steps"; steps--; break; }
                if (++paths > maxPaths) { paths--; cutBy = "paths"; break; }
            }
        }
        await tx.CommitAsync(ct);
        return new SqlTrace(root, upstream, origins, untraced, paths, cutBy, steps);
    }
}
