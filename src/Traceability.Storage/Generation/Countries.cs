using System.Globalization;
using Traceability.Core.Schema;

namespace Traceability.Storage.Generation;

/// <summary>ISO alpha-2 codes as small indices, weighted country lists, and where migrant workforces come from.</summary>
internal static class Countries
{
    private static readonly string[] Codes = [.. IsoCountries.All.Order(StringComparer.Ordinal)];

    public static readonly byte NorthKorea = Index(IsoCountries.NorthKorea);

    public static string Code(byte index) => Codes[index];

    public static byte Index(string code)
    {
        var i = Array.BinarySearch(Codes, code, StringComparer.Ordinal);
        if (i < 0) throw new ArgumentException($"'{code}' is not an ISO 3166-1 alpha-2 code", nameof(code));
        return checked((byte)i);
    }

    /// <summary>Parses "CD 6, ZM 1" into a weighted pick.</summary>
    public static Weighted<byte> Weights(string spec) =>
        new(spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(part =>
        {
            var bits = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return (Index(bits[0]), bits.Length > 1 ? double.Parse(bits[1], CultureInfo.InvariantCulture) : 1.0);
        }));

    /// <summary>Countries reported to host North Korean workers (State Department reports, 2018 advisory).</summary>
    public static readonly bool[] KpHosts = Flags("CN RU MN LA KH AE KW QA PL MT NG SN GQ UY");

    private static readonly Dictionary<byte, Weighted<byte>> Migrants = new()
    {
        [Index("MY")] = Weights("BD 3, NP 3, ID 2, MM 2"),
        [Index("TH")] = Weights("MM 5, KH 3, LA 2"),
        [Index("TW")] = Weights("ID 4, PH 3, VN 3"),
        [Index("KR")] = Weights("VN 3, ID 2, PH 2, KH 1"),
        [Index("RU")] = Weights("UZ 4, TJ 3, KG 2"),
        [Index("AE")] = Weights("IN 4, PK 3, BD 2, NP 2"),
        [Index("CN")] = Weights("VN 3, MM 2, LA 1"),
        [Index("US")] = Weights("MX 5, GT 2, HN 1"),
        [Index("PL")] = Weights("UA 5, BY 2"),
        [Index("JO")] = Weights("BD 3, LK 2, IN 2"),
    };

    private static readonly Weighted<byte> DefaultMigrants = Weights("IN 3, BD 3, NP 2, PH 2, ID 2, MM 2, VN 2, UZ 1");

    /// <summary>Nationalities that crew vessels.</summary>
    public static readonly Weighted<byte> Crews = Weights("ID 4, PH 4, MM 2, CN 3, VN 2, UA 1, IN 2, KI 1");

    public static Weighted<byte> MigrantsTo(byte host) => Migrants.GetValueOrDefault(host, DefaultMigrants);

    private static bool[] Flags(string codes)
    {
        var flags = new bool[256];
        foreach (var c in codes.Split(' ')) flags[Index(c)] = true;
        return flags;
    }
}
