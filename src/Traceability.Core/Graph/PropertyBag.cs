using System.Buffers;
using System.Text;
using System.Text.Json;
using Traceability.Core.Schema;

namespace Traceability.Core.Graph;

/// <summary>
/// Immutable typed properties, kept sorted by name so that equal bags give identical canonical JSON.
/// Values are string, long, double, bool or arrays of those; dates are yyyy-MM-dd strings.
/// </summary>
public sealed class PropertyBag : IEquatable<PropertyBag>
{
    private readonly KeyValuePair<string, object>[] _items;
    private string? _json;

    /// <summary>A bag with no properties.</summary>
    public static PropertyBag Empty { get; } = new([]);

    private PropertyBag(KeyValuePair<string, object>[] sortedItems) => _items = sortedItems;

    /// <summary>Creates a bag; later duplicates of a name replace earlier ones.</summary>
    public static PropertyBag From(IEnumerable<KeyValuePair<string, object>> items)
    {
        var array = items.ToArray();
        if (array.Length == 0) return Empty;
        // Stable sort by name, then keep the last of each name.
        var order = new int[array.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) => string.CompareOrdinal(array[a].Key, array[b].Key) is var c && c != 0 ? c : a.CompareTo(b));
        var result = new List<KeyValuePair<string, object>>(array.Length);
        foreach (var i in order)
        {
            if (result.Count > 0 && result[^1].Key == array[i].Key) result[^1] = array[i];
            else result.Add(array[i]);
        }
        return new PropertyBag([.. result]);
    }

    /// <summary>Number of properties.</summary>
    public int Count => _items.Length;

    /// <summary>The properties, sorted by name.</summary>
    public IReadOnlyList<KeyValuePair<string, object>> Items => _items;

    /// <summary>The value of a property, or null.</summary>
    public object? this[string name] => TryGet(name, out var v) ? v : null;

    /// <summary>Looks a property up by name.</summary>
    public bool TryGet(string name, out object value)
    {
        int lo = 0, hi = _items.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var c = string.CompareOrdinal(_items[mid].Key, name);
            if (c == 0) { value = _items[mid].Value; return true; }
            if (c < 0) lo = mid + 1; else hi = mid - 1;
        }
        value = null!;
        return false;
    }

    /// <summary>A string property, or null.</summary>
    public string? GetString(string name) => this[name] as string;

    /// <summary>A string-array property, or an empty array.</summary>
    public string[] GetStrings(string name) => this[name] switch
    {
        string[] a => a,
        string s => [s],
        _ => [],
    };

    /// <summary>A numeric property as long, or null.</summary>
    public long? GetLong(string name) => this[name] switch
    {
        long l => l,
        double d => (long)d,
        _ => null,
    };

    /// <summary>A numeric property as double, or null.</summary>
    public double? GetDouble(string name) => this[name] switch
    {
        double d => d,
        long l => l,
        _ => null,
    };

    /// <summary>Returns a copy with one property set (or removed when <paramref name="value"/> is null).</summary>
    public PropertyBag With(string name, object? value)
    {
        var items = _items.Where(kv => kv.Key != name);
        return From(value is null ? items : items.Append(new(name, value)));
    }

    /// <summary>Canonical JSON: keys sorted, no white space, numbers shortest round-trip.</summary>
    public string ToJson() => _json ??= BuildJson();

    private string BuildJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteTo(w);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the bag as a JSON object.</summary>
    public void WriteTo(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        foreach (var (k, v) in _items)
        {
            w.WritePropertyName(k);
            WriteValue(w, v);
        }
        w.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter w, object v)
    {
        switch (v)
        {
            case string s: w.WriteStringValue(s); break;
            case long l: w.WriteNumberValue(l); break;
            case int i: w.WriteNumberValue(i); break;
            case double d: w.WriteNumberValue(d); break;
            case bool b: w.WriteBooleanValue(b); break;
            case System.Collections.IEnumerable e:
                w.WriteStartArray();
                foreach (var x in e) WriteValue(w, x!);
                w.WriteEndArray();
                break;
            default: throw new InvalidOperationException($"unsupported property value {v.GetType().Name}");
        }
    }

    /// <summary>
    /// Reads a JSON object, typing each value by <paramref name="specs"/> when the name is declared there;
    /// undeclared values keep their JSON type (integral numbers as long).
    /// </summary>
    public static PropertyBag FromJson(string json, IReadOnlyDictionary<string, PropertySpec>? specs)
    {
        using var doc = JsonDocument.Parse(json);
        return FromJson(doc.RootElement, specs);
    }

    /// <summary>Reads a JSON object element; see <see cref="FromJson(string, IReadOnlyDictionary{string, PropertySpec}?)"/>.</summary>
    public static PropertyBag FromJson(JsonElement obj, IReadOnlyDictionary<string, PropertySpec>? specs)
    {
        var items = new List<KeyValuePair<string, object>>();
        foreach (var p in obj.EnumerateObject())
        {
            if (p.Value.ValueKind == JsonValueKind.Null) continue;
            PropertySpec? spec = null;
            specs?.TryGetValue(p.Name, out spec);
            items.Add(new(p.Name, ReadValue(p.Value, spec?.Type)));
        }
        return From(items);
    }

    private static object ReadValue(JsonElement e, PropertyType? type)
    {
        if (e.ValueKind == JsonValueKind.Array)
        {
            var scalar = type?.Scalar;
            var values = e.EnumerateArray().Select(x => ReadScalar(x, scalar)).ToArray();
            return scalar switch
            {
                ScalarType.Int or ScalarType.Long => values.Select(Convert.ToInt64).ToArray(),
                ScalarType.Float or ScalarType.Double => values.Select(Convert.ToDouble).ToArray(),
                ScalarType.Boolean => values.Cast<bool>().ToArray(),
                ScalarType.String or ScalarType.Date => values.Select(x => x.ToString()!).ToArray(),
                _ => values.All(x => x is string) ? values.Cast<string>().ToArray()
                    : values.All(x => x is long) ? values.Cast<long>().ToArray()
                    : values.All(x => x is bool) ? values.Cast<bool>().ToArray()
                    : values.Select(Convert.ToDouble).ToArray(),
            };
        }
        return ReadScalar(e, type?.Scalar);
    }

    private static object ReadScalar(JsonElement e, ScalarType? scalar) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString()!,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when scalar is ScalarType.Float or ScalarType.Double => e.GetDouble(),
        JsonValueKind.Number when e.TryGetInt64(out var l) => l,
        JsonValueKind.Number => e.GetDouble(),
        _ => throw new FormatException($"unsupported JSON value kind {e.ValueKind}"),
    };

    /// <summary>Equal when the canonical JSON is equal.</summary>
    public bool Equals(PropertyBag? other) => other is not null && ToJson() == other.ToJson();

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PropertyBag);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToJson());

    /// <summary>The canonical JSON.</summary>
    public override string ToString() => ToJson();
}
