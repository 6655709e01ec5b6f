using System.Globalization;
using Bogus;

namespace Traceability.Storage.Generation;

/// <summary>
/// One run of the generator. Per facility it keeps a country, a block and its supplier list (CSR arrays),
/// per transporter a country and whether it is KP-flagged; everything else goes straight to the writer.
/// </summary>
internal sealed partial class NetworkBuild
{
    private const int NameSeedSalt = 0x5EED;

    /// <summary>Share of the relationships added for <see cref="GeneratorOptions.RelationshipsPerNode"/> that are supply links; shareholdings take the rest.</summary>
    private const double SupplyShareOfExtra = 0.7;

    private readonly GeneratorOptions _options;
    private readonly NetworkPlan _plan;
    private readonly NetworkWriter _w;
    private readonly IProgress<string>? _progress;
    private readonly CancellationToken _ct;
    private readonly Randomizer _rng;
    private readonly NameFactory _names;

    private readonly byte[] _facilityCountry;
    private readonly short[] _facilityBlock;
    private readonly int[] _supplierStart;
    private int[] _suppliers = new int[1024];
    private int _supplierCount;
    private readonly byte[] _transporterCountry;
    private readonly bool[] _kpVessel;
    private readonly Dictionary<(int Sector, int Level), (TransportBlock[] ByMode, Weighted<int> Modes, FacilityBlock Ports)> _routes = [];

    // Relationships to add beyond the natural density (RelationshipsPerNode); without the option none, and no pacer draws.
    private readonly bool _dense;
    private readonly double _extra;
    private ExtraPacer? _supplyExtras;
    private ExtraPacer? _ownershipExtras;

    public NetworkBuild(GeneratorOptions options, NetworkPlan plan, NetworkWriter writer, IProgress<string>? progress, CancellationToken ct)
    {
        _options = options;
        _plan = plan;
        _w = writer;
        _progress = progress;
        _ct = ct;
        _rng = new Randomizer(options.Seed);
        _names = new NameFactory(options.Seed ^ NameSeedSalt);
        _dense = options.RelationshipsPerNode is not null;
        _extra = options.RelationshipsPerNode is { } perNode ? Math.Max(0, (perNode - NetworkPlan.NaturalRelationshipsPerNode) * plan.Nodes) : 0;
        _facilityCountry = new byte[plan.Facilities];
        _facilityBlock = new short[plan.Facilities];
        for (var b = 0; b < plan.Blocks.Count; b++)
            Array.Fill(_facilityBlock, checked((short)b), plan.Blocks[b].Start, plan.Blocks[b].Count);
        _supplierStart = new int[plan.TierFacilities + 1];
        _transporterCountry = new byte[plan.Transporters];
        _kpVessel = new bool[plan.Transporters];
        foreach (var tier in plan.Transport.GroupBy(t => (t.Sector, t.Level)))
        {
            var byMode = new TransportBlock[TransportProfile.Modes.Length];
            foreach (var t in tier) byMode[t.Mode] = t;
            var inbound = Sector(tier.Key.Sector).Tiers[tier.Key.Level].Inbound;
            var ports = plan.Blocks.FirstOrDefault(b => b.IsPort && b.Sector == tier.Key.Sector && b.Level == tier.Key.Level);
            _routes[tier.Key] = (byMode, new Weighted<int>(tier.Select(t => (t.Mode, inbound.Weight(t.Mode)))), ports);
        }
    }

    public void Run()
    {
        Report($"generating {_plan.Products:N0} products, {_plan.Nodes:N0} nodes");
        foreach (var (name, hs, sector) in _plan.Materials) _w.Material(NodeIds.Material(name), name, sector, hs);
        WriteTransporters();
        WritePorts();
        WriteTiers();
        WriteRecycling();
        WriteProducts();
        Report("companies and ownership");
        WriteCompanies();
        WritePersons();
        Report("workforces");
        WriteLabor();
    }

    private static SectorProfile Sector(int s) => SectorCatalog.All[s];

    private FacilityBlock BlockOf(int facility) => _plan.Blocks[_facilityBlock[facility]];

    private TierVariant VariantOf(int facility)
    {
        var b = BlockOf(facility);
        return Sector(b.Sector).Tiers[b.Level].Variants[b.Variant];
    }

    private string FacilityType(int facility) => BlockOf(facility).IsPort ? "port" : VariantOf(facility).FacilityType;

    private ReadOnlySpan<int> SuppliersOf(int facility) =>
        facility < _plan.TierFacilities ? _suppliers.AsSpan(_supplierStart[facility], _supplierStart[facility + 1] - _supplierStart[facility]) : [];

    private void AddSupplier(int supplier)
    {
        if (_supplierCount == _suppliers.Length) Array.Resize(ref _suppliers, _suppliers.Length * 2);
        _suppliers[_supplierCount++] = supplier;
    }

    private void Report(string message) => _progress?.Report(message);

    private void Tick(long i)
    {
        if ((i & 4095) == 0) _ct.ThrowIfCancellationRequested();
    }

    private string Digits(int count) => _rng.Replace(new string('#', count));

    private string Alphanumeric(int count)
    {
        const string chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        return string.Create(count, _rng, (span, rng) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = chars[rng.Number(0, chars.Length - 1)];
        });
    }

    private string Address(string city) =>
        $"{_rng.Number(1, 999).ToString(CultureInfo.InvariantCulture)} {_names.Street()}, {city}";

    private DateOnly BirthDate() => new DateOnly(1945, 1, 1).AddDays(_rng.Number(0, 55 * 365));
}
