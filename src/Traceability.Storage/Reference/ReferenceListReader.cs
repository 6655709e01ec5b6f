using System.Security.Cryptography;
using Traceability.Core.Graph;
using Traceability.Core.Reference;
using Traceability.Core.Schema;
using Traceability.Storage.Csv;

namespace Traceability.Storage.Reference;

/// <summary>
/// Reads the reference lists shipped in seed-data/lists (dol-goods.csv, high-risk-hosts.csv), each row with its
/// source, as-of date and status. Any bad row fails the whole read with file, line and column.
/// </summary>
public static class ReferenceListReader
{
    public const string DolFile = "dol-goods.csv";
    public const string HostsFile = "high-risk-hosts.csv";

    public static ReferenceLists ReadFolder(string folder)
    {
        var errors = new List<ImportError>();
        var dolPath = Path.Combine(folder, DolFile);
        var hostPath = Path.Combine(folder, HostsFile);
        var dol = File.Exists(dolPath) ? ReadDol(dolPath, errors) : [];
        var hosts = File.Exists(hostPath) ? ReadHosts(hostPath, errors) : [];
        if (errors.Count > 0) throw new ImportFailedException(errors);
        var version = string.Join("+", new[] { dolPath, hostPath }.Where(File.Exists)
            .Select(p => $"{Path.GetFileName(p)}@{Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(p)))[..12]}"));
        return new ReferenceLists(dol, hosts, version.Length == 0 ? "none" : version);
    }

    public static List<DolEntry> ReadDol(string path, List<ImportError> errors)
    {
        var t = CsvTable.Read(path, ["country", "good", "child_labor", "forced_labor", "source", "asOf"], errors);
        var list = new List<DolEntry>();
        foreach (var r in t.Rows)
        {
            var country = Country(t, r, "country", errors);
            var child = Bool(t, r, "child_labor", errors);
            var forced = Bool(t, r, "forced_labor", errors);
            var good = t.Get(r, "good");
            if (good.Length == 0) errors.Add(new(t.File, r.Line, "good", "empty good"));
            if (country is null || child is null || forced is null || good.Length == 0) continue;
            var hs = t.Get(r, "hs_code");
            list.Add(new DolEntry(country, good, child.Value, forced.Value, hs.Length == 0 ? null : hs, t.Get(r, "source"), t.Get(r, "asOf"), Status(t, r)));
        }
        return list;
    }

    public static List<HostEntry> ReadHosts(string path, List<ImportError> errors)
    {
        var t = CsvTable.Read(path, ["country", "sector", "source", "asOf"], errors);
        var list = new List<HostEntry>();
        foreach (var r in t.Rows)
        {
            var country = Country(t, r, "country", errors);
            var sector = t.Get(r, "sector");
            if (sector.Length == 0) errors.Add(new(t.File, r.Line, "sector", "empty sector"));
            if (country is null || sector.Length == 0) continue;
            list.Add(new HostEntry(country, sector.ToLowerInvariant(), t.Get(r, "source"), t.Get(r, "asOf"), Status(t, r)));
        }
        return list;
    }

    private static string Status(CsvTable t, CsvRecord r) => t.Get(r, "status") is { Length: > 0 } s ? s : "official";

    private static string? Country(CsvTable t, CsvRecord r, string col, List<ImportError> errors)
    {
        var c = t.Get(r, col).ToUpperInvariant();
        if (IsoCountries.IsValid(c)) return c;
        errors.Add(new(t.File, r.Line, col, $"'{t.Get(r, col)}' is not an ISO 3166-1 alpha-2 country code"));
        return null;
    }

    private static bool? Bool(CsvTable t, CsvRecord r, string col, List<ImportError> errors)
    {
        var v = t.Get(r, col).ToLowerInvariant();
        if (v is "true" or "yes" or "1" or "x") return true;
        if (v is "false" or "no" or "0" or "") return false;
        errors.Add(new(t.File, r.Line, col, $"'{t.Get(r, col)}' is not true or false"));
        return null;
    }
}
