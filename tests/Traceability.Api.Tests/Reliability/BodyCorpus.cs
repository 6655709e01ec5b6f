using System.Text;

namespace Traceability.Api.Tests.Reliability;

/// <summary>
/// Malformed JSON bodies for every POST and PUT endpoint (seeded, deterministic): invalid UTF-8, NUL bytes, truncation,
/// nesting 10,000 and 100,000 deep, duplicate keys, wrong types for every field, lone surrogates in values and keys,
/// unknown members, a 10 MB field, BOMs, UTF-16, trailing data, comments, numbers out of range, wrong content types.
/// Each must be answered 400 (413 when too large, 415 for a wrong media type) with problem details, never 500.
/// </summary>
internal static class BodyCorpus
{
    public sealed record Endpoint(string Name, HttpMethod Method, string Path, string Body, string[] Fields);

    public sealed record Case(Endpoint Endpoint, string Name, byte[] Body, string ContentType = "application/json", int[]? Statuses = null)
    {
        public int[] Expected => Statuses ?? [400];

        public override string ToString() => $"{Endpoint.Name}: {Name}";
    }

    public static readonly Endpoint[] Endpoints =
    [
        new("screenName", HttpMethod.Post, "/api/screening", """{"name": "Korea Namgang Trading", "country": "KP", "kind": "entity", "threshold": 0.8, "limit": 5}""", ["name", "country", "kind", "threshold", "limit"]),
        new("screenNames", HttpMethod.Post, "/api/screening/batch", """{"queries": [{"name": "Mokran"}, {"name": "Namgang", "limit": 3}]}""", ["queries"]),
        new("confirmMatch", HttpMethod.Post, "/api/matches/999/confirm", """{"note": "checked the registry"}""", ["note"]),
        new("rejectMatch", HttpMethod.Post, "/api/matches/999/reject", """{"note": "different company"}""", ["note"]),
        new("createKey", HttpMethod.Post, "/api/keys", """{"name": "corpus", "role": "investigator"}""", ["name", "role"]),
        new("addEvidence", HttpMethod.Post, "/api/evidence", """{"node": "fac-na-karibib-quarry", "kind": "wage-payment", "title": "Payroll audit", "date": "2026-01-15", "issuer": "Corpus LLP", "url": "https://example.org/a"}""",
            ["node", "kind", "title", "date", "issuer", "url"]),
        new("setChecklist", HttpMethod.Put, "/api/checklists/fac-na-karibib-quarry", """{"answers": [{"question": "supplier-vetting", "answer": "yes", "date": "2026-01-15", "note": "on file"}]}""", ["answers"]),
    ];

    public static IEnumerable<Case> All(int seed = 20261128) => Endpoints.SelectMany(e => For(e, new Random(seed + e.Name.Length * 7919 + e.Name[0])));

    private static IEnumerable<Case> For(Endpoint e, Random rnd)
    {
        var body = e.Body;
        static byte[] U(string s) => Encoding.UTF8.GetBytes(s);
        byte[] Insert(byte[] bytes)
        {
            var at = rnd.Next(1, body.Length - 1);
            return [.. U(body[..at]), .. bytes, .. U(body[at..])];
        }

        foreach (var bad in Traceability.Tests.Malformed.Mutations.InvalidUtf8.Take(5)) yield return new(e, $"invalid UTF-8 {Convert.ToHexString(bad)}", Insert(bad));
        for (var i = 0; i < 3; i++) yield return new(e, "raw NUL byte", Insert([0]));
        for (var i = 0; i < 4; i++)
        {
            var cut = rnd.Next(1, body.Length - 1);
            yield return new(e, $"cut at character {cut}", U(body[..cut]));
        }
        foreach (var depth in new[] { 100, 10_000, 100_000 })
            yield return new(e, $"nesting {depth:N0} deep", U(Replace(body, e.Fields[0], new string('[', depth) + new string(']', depth))));
        foreach (var f in e.Fields)
        {
            yield return new(e, $"duplicate key '{f}'", U("{" + $"\"{f}\": {Value(body, f)}, " + body[1..]));
            foreach (var (kind, value) in new[] { ("a number", "42"), ("an array", "[\"x\"]"), ("an object", "{\"a\": 1}"), ("true", "true") })
                if (!SameKind(Value(body, f), value))
                    yield return new(e, $"'{f}' is {kind}", U(Replace(body, f, value)));
        }
        yield return new(e, "a required field is null", U(Replace(body, e.Fields[0], "null")));
        yield return new(e, "an unknown member", U("{\"nmae\": \"x\", " + body[1..]));
        yield return new(e, "a lone surrogate in a value", U(ReplaceFirstString(body, "\"\\ud800\"")));
        yield return new(e, "a lone low surrogate in a value", U(ReplaceFirstString(body, "\"x\\udc00y\"")));
        yield return new(e, "a lone surrogate in a key", U("{\"\\ud800\": 1, " + body[1..]));
        yield return new(e, "a 10 MB string", U(ReplaceFirstString(body, "\"" + new string('A', 10 << 20) + "\"")), Statuses: [413]);
        yield return new(e, "empty body", []);
        yield return new(e, "whitespace only", U(" \r\n\t "));
        yield return new(e, "null", U("null"));
        yield return new(e, "a JSON array", U("[" + body + "]"));
        yield return new(e, "a bare string", U("\"" + e.Fields[0] + "\""));
        yield return new(e, "two objects", U(body + body));
        yield return new(e, "trailing garbage", U(body + " x"));
        yield return new(e, "a comment", U("/* note */" + body));
        yield return new(e, "a trailing comma", U(body[..^1] + ",}"));
        yield return new(e, "single quotes", U(body.Replace('"', '\'')));
        yield return new(e, "BOM then a cut body", [.. Traceability.Tests.Malformed.Mutations.Bom, .. U(body[..(body.Length / 2)])]);
        yield return new(e, "UTF-16 declared as UTF-8", Encoding.Unicode.GetBytes(body), "application/json; charset=utf-8");
        yield return new(e, "a number too large for any type", U("{\"" + e.Fields[0] + "\": 1e400, " + body[1..].Replace("\"" + e.Fields[0] + "\"", "\"_" + e.Fields[0] + "\"", StringComparison.Ordinal)));
        yield return new(e, "sent as text/plain", U(body), "text/plain", [415]);
        yield return new(e, "sent as form data", U("name=x"), "application/x-www-form-urlencoded", [415]);
    }

    private static bool SameKind(string a, string b) => Kind(a) == Kind(b);

    private static char Kind(string json) => json[0] is '-' or (>= '0' and <= '9') ? '0' : json[0];

    // The JSON text of a top-level member's value.
    private static string Value(string body, string field)
    {
        var start = body.IndexOf($"\"{field}\": ", StringComparison.Ordinal) + field.Length + 4;
        var depth = 0;
        var quoted = false;
        for (var i = start; i < body.Length; i++)
        {
            var c = body[i];
            if (quoted) { if (c == '\\') i++; else if (c == '"') quoted = false; continue; }
            if (c == '"') quoted = true;
            else if (c is '[' or '{') depth++;
            else if (c is ']' or '}') { if (depth == 0) return body[start..i]; depth--; }
            else if (c == ',' && depth == 0) return body[start..i];
        }
        return body[start..];
    }

    private static string Replace(string body, string field, string value)
    {
        var start = body.IndexOf($"\"{field}\": ", StringComparison.Ordinal) + field.Length + 4;
        return body[..start] + value + body[(start + Value(body, field).Length)..];
    }

    // The first string value of the body (a key's value, not a key).
    private static string ReplaceFirstString(string body, string value)
    {
        var at = body.IndexOf(": \"", StringComparison.Ordinal) + 2;
        var end = body.IndexOf('"', at + 1);
        return body[..at] + value + body[(end + 1)..];
    }
}
