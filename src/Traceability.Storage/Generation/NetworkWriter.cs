using System.Globalization;

namespace Traceability.Storage.Generation;

/// <summary>
/// Streams the generated graph into neo4j-admin import CSV: <c>nodes-&lt;Label&gt;.csv</c> and <c>rels-&lt;TYPE&gt;.csv</c>,
/// typed headers, values as graph-schema declares them. Rows go straight to disk; only counts stay in memory.
/// </summary>
internal sealed class NetworkWriter : IDisposable
{
    private readonly string _source;
    private readonly RowFile _products, _materials, _facilities, _companies, _persons, _transporters, _labor;
    private readonly RowFile _supplies, _produces, _owns, _operates, _worksAt, _recruits, _imports;
    private readonly RowFile[] _all;

    public NetworkWriter(string folder, string source)
    {
        _source = source;
        Directory.CreateDirectory(folder);
        _products = Node(folder, "Product", "name", "hsCode", "category", "sector", "source");
        _materials = Node(folder, "Material", "name", "sector", "hsCode", "source");
        _facilities = Node(folder, "Facility", "name", "country", "city", "address", "facilityType", "sector", "workers:int", "productTypes:string[]", "osId", "source");
        _companies = Node(folder, "Company", "name", "aliases:string[]", "country", "registrationNumber", "address", "sector", "sanctionIds:string[]", "source");
        _persons = Node(folder, "Person", "name", "nationality", "country", "birthDate:date", "sanctionIds:string[]", "source");
        _transporters = Node(folder, "Transporter", "name", "mode", "imo", "flag", "country", "source");
        _labor = Node(folder, "LaborSource", "name", "nationality", "workers:int", "kind", "source");
        _supplies = Rel(folder, "SUPPLIES", "material", "hsCode", "share:double");
        _produces = Rel(folder, "PRODUCES");
        _owns = Rel(folder, "OWNS", "percent:double");
        _operates = Rel(folder, "OPERATES");
        _worksAt = Rel(folder, "WORKS_AT", "workers:int");
        _recruits = Rel(folder, "RECRUITS");
        _imports = Rel(folder, "IMPORTS");
        _all = [_products, _materials, _facilities, _companies, _persons, _transporters, _labor, _supplies, _produces, _owns, _operates, _worksAt, _recruits, _imports];
        foreach (var f in _all) File.Delete(f.Path);
    }

    /// <summary>Files written so far, ordered by name.</summary>
    public IReadOnlyList<string> Files => [.. _all.Where(f => f.Count > 0).Select(f => f.Path).Order(StringComparer.Ordinal)];

    public SortedDictionary<string, long> NodeCounts => Counts(_all[..7]);

    public SortedDictionary<string, long> RelationshipCounts => Counts(_all[7..]);

    public long FacilitiesWritten => _facilities.Count;

    public long SuppliesWritten => _supplies.Count;

    public long RelationshipsWritten => _all[7..].Sum(f => f.Count);

    public void Product(string id, string name, string hsCode, string category, string sector) =>
        Commit(_products, id, "Product", name, hsCode, category, sector, _source);

    public void Material(string id, string name, string sector, string hsCode) =>
        Commit(_materials, id, "Material", name, sector, hsCode, _source);

    public void Facility(string id, string name, byte country, string city, string address, string type, string sector, int workers, string? productTypes, string? osId) =>
        Commit(_facilities, id, "Facility", name, Countries.Code(country), city, address, type, sector, Int(workers), productTypes, osId, _source);

    public void Company(string id, string name, string? alias, byte country, string registration, string address, string sector, string? sanctionIds) =>
        Commit(_companies, id, "Company", name, alias, Countries.Code(country), registration, address, sector, sanctionIds, _source);

    public void Person(string id, string name, byte nationality, byte country, DateOnly birthDate, string? sanctionIds) =>
        Commit(_persons, id, "Person", name, Countries.Code(nationality), Countries.Code(country), birthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), sanctionIds, _source);

    public void Transporter(string id, string name, string mode, string? imo, byte? flag, byte country) =>
        Commit(_transporters, id, "Transporter", name, mode, imo, flag is { } f ? Countries.Code(f) : null, Countries.Code(country), _source);

    public void Labor(string id, string name, byte nationality, int workers, string kind) =>
        Commit(_labor, id, "LaborSource", name, Countries.Code(nationality), Int(workers), kind, _source);

    public void Supplies(string from, string to, string material, string hsCode, double? share) =>
        Commit(_supplies, from, to, "SUPPLIES", material, hsCode, share is { } s ? s.ToString("0.#", CultureInfo.InvariantCulture) : null);

    public void Produces(string facility, string material) => Commit(_produces, facility, material, "PRODUCES");

    public void Owns(string owner, string owned, double? percent) =>
        Commit(_owns, owner, owned, "OWNS", percent is { } p ? p.ToString("0.#", CultureInfo.InvariantCulture) : null);

    public void Operates(string company, string site) => Commit(_operates, company, site, "OPERATES");

    public void WorksAt(string labor, string site, int workers) => Commit(_worksAt, labor, site, "WORKS_AT", Int(workers));

    public void Recruits(string company, string labor) => Commit(_recruits, company, labor, "RECRUITS");

    public void Imports(string company, string product) => Commit(_imports, company, product, "IMPORTS");

    public void Dispose()
    {
        foreach (var f in _all) f.Dispose();
    }

    private static void Commit(RowFile file, params ReadOnlySpan<string?> values)
    {
        var row = file.Begin();
        values.CopyTo(row);
        file.Commit();
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static SortedDictionary<string, long> Counts(IEnumerable<RowFile> files) =>
        new(files.Where(f => f.Count > 0).ToDictionary(f => f.Name, f => f.Count), StringComparer.Ordinal);

    private static RowFile Node(string folder, string label, params string[] columns) =>
        new(folder, $"nodes-{label}.csv", label, ["id:ID", ":LABEL", .. columns]);

    private static RowFile Rel(string folder, string type, params string[] columns) =>
        new(folder, $"rels-{type}.csv", type, [":START_ID", ":END_ID", ":TYPE", .. columns]);
}
