using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Traceability.Core.Snapshots;

/// <summary>
/// Reads the properties the snapshot keeps straight from canonical JSON with a forward-only reader, without building a
/// property bag: snapshot loading is dominated by this (measured: 6x faster than parsing every property).
/// </summary>
internal sealed class AttributeReader
{
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private byte[] _buffer = new byte[4096];

    public (string? Name, NodeAttributes Attributes) ReadNode(string json)
    {
        string? name = null, country = null, facilityType = null, sector = null, category = null, nationality = null, kind = null, mode = null,
            flag = null, imo = null, hsCode = null, registration = null, address = null, city = null;
        long? workers = null;
        string[] productTypes = [], sanctionIds = [], aliases = [];
        var reader = Reader(json);
        var any = false;
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1) continue;
            var key = reader.ValueSpan;
            reader.Read();
            switch (key.Length)
            {
                case 4 when key.SequenceEqual("name"u8): name = reader.GetString(); continue;
                case 4 when key.SequenceEqual("kind"u8): kind = Intern(reader.GetString()); break;
                case 4 when key.SequenceEqual("mode"u8): mode = Intern(reader.GetString()); break;
                case 4 when key.SequenceEqual("flag"u8): flag = Intern(reader.GetString()); break;
                case 3 when key.SequenceEqual("imo"u8): imo = reader.GetString(); break;
                case 4 when key.SequenceEqual("city"u8): city = Intern(reader.GetString()); break;
                case 6 when key.SequenceEqual("sector"u8): sector = Intern(reader.GetString()); break;
                case 6 when key.SequenceEqual("hsCode"u8): hsCode = Intern(reader.GetString()); break;
                case 7 when key.SequenceEqual("country"u8): country = Intern(reader.GetString()); break;
                case 7 when key.SequenceEqual("address"u8): address = reader.GetString(); break;
                case 7 when key.SequenceEqual("workers"u8): workers = reader.TokenType == JsonTokenType.Number ? reader.GetInt64() : null; break;
                case 7 when key.SequenceEqual("aliases"u8): aliases = Strings(ref reader); break;
                case 8 when key.SequenceEqual("category"u8): category = Intern(reader.GetString()); break;
                case 11 when key.SequenceEqual("nationality"u8): nationality = Intern(reader.GetString()); break;
                case 11 when key.SequenceEqual("sanctionIds"u8): sanctionIds = Strings(ref reader); break;
                case 12 when key.SequenceEqual("facilityType"u8): facilityType = Intern(reader.GetString()); break;
                case 12 when key.SequenceEqual("productTypes"u8): productTypes = Strings(ref reader); break;
                case 18 when key.SequenceEqual("registrationNumber"u8): registration = reader.GetString(); break;
                default: reader.Skip(); continue;
            }
            any = true;
        }
        if (!any) return (name, NodeAttributes.None);
        return (name, new NodeAttributes
        {
            Country = country, FacilityType = facilityType, Sector = sector ?? category, Workers = workers, ProductTypes = productTypes,
            Nationality = nationality, LaborKind = kind, Mode = mode, Flag = flag, Imo = imo, HsCode = hsCode, RegistrationNumber = registration,
            SanctionIds = sanctionIds, Aliases = aliases, Address = address, City = city,
        });
    }

    /// <summary>The percent and material of a relationship, when present.</summary>
    public (double Percent, string? Material) ReadEdge(string json)
    {
        if (json.Length <= 2) return (double.NaN, null);
        var percent = double.NaN;
        string? material = null;
        var reader = Reader(json);
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1) continue;
            var key = reader.ValueSpan;
            reader.Read();
            if (key.SequenceEqual("percent"u8) && reader.TokenType == JsonTokenType.Number) percent = reader.GetDouble();
            else if (key.SequenceEqual("material"u8)) material = Intern(reader.GetString());
            else reader.Skip();
        }
        return (percent, material);
    }

    private Utf8JsonReader Reader(string json)
    {
        var max = Encoding.UTF8.GetMaxByteCount(json.Length);
        if (max > _buffer.Length) _buffer = new byte[Math.Max(max, _buffer.Length * 2)];
        var n = Encoding.UTF8.GetBytes(json, _buffer);
        return new Utf8JsonReader(_buffer.AsSpan(0, n));
    }

    private string[] Strings(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray) return reader.TokenType == JsonTokenType.String ? [Intern(reader.GetString())!] : [];
        var list = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            if (reader.TokenType == JsonTokenType.String) list.Add(Intern(reader.GetString())!);
        return [.. list];
    }

    public string? Intern(string? s)
    {
        if (s is null) return null;
        if (_pool.TryGetValue(s, out var pooled)) return pooled;
        _pool[s] = s;
        return s;
    }
}
