using System.Globalization;

namespace Traceability.Storage.Generation;

internal sealed partial class NetworkBuild
{
    private static readonly Weighted<int> FanIn = new([(1, 15.0), (2, 30.0), (3, 30.0), (4, 25.0)]);
    private static readonly string[] Extraction = ["mine", "farm", "fishery", "logging", "plantation"];
    private static readonly string[] Works = ["smelter", "mill", "refinery"];

    // Most suppliers a buyer draws beyond the basic fan-in in a denser network.
    private const int MaxExtraSuppliers = 96;

    // Supply legs already written for the tier being built: (start, end) with facilities even, transporters odd.
    private readonly HashSet<long> _legs = [];
    private int[] _drawn = new int[4];

    private void WriteTiers()
    {
        var kpEligible = _plan.Blocks.Where(b => !b.IsPort && Sector(b.Sector).Tiers[b.Level].Variants[b.Variant].KpPlausible).Sum(b => b.Count);
        var kp = QuotaSampler.ForRate(_rng, kpEligible, _options.KpFacilityRate);
        var nonOrigin = _plan.Blocks.Where(b => !b.IsPort && b.Level > 0).Sum(b => b.Count);
        var untraced = QuotaSampler.ForRate(_rng, nonOrigin, _options.UntracedRate);
        if (_dense) _supplyExtras = new ExtraPacer(SupplyShareOfExtra * _extra, nonOrigin - QuotaSampler.Quota(nonOrigin, _options.UntracedRate));
        var tier = (-1, -1);
        foreach (var b in _plan.Blocks)
        {
            if (b.IsPort) continue;
            if (tier != (b.Sector, b.Level))
            {
                tier = (b.Sector, b.Level);
                _legs.Clear();
                Report($"facilities: {_w.FacilitiesWritten:N0} of {_plan.Facilities:N0} ({Sector(b.Sector).Name}, tier {b.Level})");
            }
            var profile = Sector(b.Sector).Tiers[b.Level];
            var variant = profile.Variants[b.Variant];
            var deck = b.Level == 0 ? null : SupplierDeck.Of(_plan.Blocks.Where(a => !a.IsPort && a.Sector == b.Sector && a.Level == b.Level - 1
                && (variant.Line is null || Sector(a.Sector).Tiers[a.Level].Variants[a.Variant].Line == variant.Line)), _rng);
            var cross = profile.Cross is { } c && _plan.SectorProducts[SectorCatalog.IndexOf(c.Sector)] > 0
                ? SupplierDeck.Of(_plan.Blocks.Where(a => !a.IsPort && a.Sector == SectorCatalog.IndexOf(c.Sector) && a.Level == c.Level), _rng)
                : null;
            for (var i = b.Start; i < b.End; i++)
            {
                Tick(i);
                var country = variant.KpPlausible && kp.Next() ? Countries.NorthKorea
                    : i > b.Start && _facilityCountry[i - 1] != Countries.NorthKorea && _rng.Bool(0.4f) ? _facilityCountry[i - 1]
                    : variant.Countries.Pick(_rng);
                _facilityCountry[i] = country;
                _supplierStart[i] = _supplierCount;
                int drawn = 0, basic = 0;
                if (deck is not null && !untraced.Next())
                {
                    var extra = _supplyExtras?.Next(_rng, LinkCost(profile.Inbound), MaxExtraSuppliers) ?? 0;
                    drawn = DrawSuppliers(deck, cross, profile.Cross?.Rate ?? 0, extra, out basic);
                }
                for (var d = 0; d < drawn; d++) AddSupplier(_drawn[d]);
                WriteFacility(i, b, variant, country);
                var shares = Shares(drawn);
                var mark = -1L;
                for (var d = 0; d < drawn; d++)
                {
                    if (d == basic) mark = _w.SuppliesWritten;
                    Supply(_drawn[d], i, shares[d], profile.Inbound, b.Sector, b.Level);
                }
                if (mark >= 0) _supplyExtras!.Spend(_w.SuppliesWritten - mark);
            }
        }
        _supplierStart[_plan.TierFacilities] = _supplierCount;
    }

    /// <summary>
    /// Draws a buyer's suppliers into <c>_drawn</c>: a fan-in of 1 to 4 (<paramref name="basic"/> of them, at most) plus
    /// <paramref name="extra"/> more for a denser network, which come from the cross-sector input twice as often.
    /// </summary>
    private int DrawSuppliers(SupplierDeck deck, SupplierDeck? cross, double crossRate, int extra, out int basic)
    {
        var fanIn = FanIn.Pick(_rng);
        var want = Math.Min(fanIn + extra, deck.Count + (cross?.Count ?? 0));
        if (want > _drawn.Length) Array.Resize(ref _drawn, Math.Max(want, 2 * _drawn.Length));
        var n = 0;
        for (var attempt = 0; n < want && attempt < want * 4; attempt++)
        {
            var rate = n < fanIn ? crossRate : Math.Min(0.5, 2 * crossRate);
            var candidate = cross is not null && _rng.Double() < rate ? cross.Draw() : deck.Draw();
            if (Array.IndexOf(_drawn, candidate, 0, n) < 0) _drawn[n++] = candidate;
        }
        basic = Math.Min(fanIn, n);
        return n;
    }

    /// <summary>Supply relationships a link into a tier writes on average: one direct, two through a carrier, three through a vessel and a port.</summary>
    private static double LinkCost(TransportProfile inbound) =>
        inbound.Rate <= 0 ? 1 : 1 + inbound.Rate * (1 + inbound.Vessel / inbound.TotalWeight);

    private double[] Shares(int n)
    {
        var shares = new double[n];
        if (n == 0) return shares;
        var weights = new double[n];
        for (var i = 0; i < n; i++) weights[i] = 0.2 + _rng.Double();
        var sum = weights.Sum();
        if (n > 4)
        {
            var tenths = Apportion(weights, 1000);
            for (var i = 0; i < n; i++) shares[i] = tenths[i] / 10.0;
            return shares;
        }
        var given = 0.0;
        for (var i = 0; i < n - 1; i++) given += shares[i] = Math.Round(100 * weights[i] / sum, 1);
        shares[n - 1] = Math.Round(100 - given, 1);
        return shares;
    }

    /// <summary>
    /// <paramref name="units"/> split by weight, one unit each first and the rest by largest remainder, so the parts sum
    /// to the whole and none is zero (rounding each on its own could leave the last of many at zero or below).
    /// </summary>
    private static int[] Apportion(double[] weights, int units)
    {
        var n = weights.Length;
        var parts = new int[n];
        var remainders = new double[n];
        var sum = weights.Sum();
        var left = units - n;
        var spread = left;
        for (var i = 0; i < n; i++)
        {
            var exact = spread * weights[i] / sum;
            parts[i] = 1 + (int)exact;
            remainders[i] = exact - (int)exact;
            left -= (int)exact;
        }
        foreach (var i in Enumerable.Range(0, n).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take(left)) parts[i]++;
        return parts;
    }

    private void WriteFacility(int i, FacilityBlock b, TierVariant variant, byte country)
    {
        var sector = Sector(b.Sector);
        var city = _names.City(country);
        var place = _rng.Bool(0.7f) ? city : _names.CompanyStem(country);
        var number = _rng.Bool(0.3f) ? $" No. {_rng.Number(2, 12).ToString(CultureInfo.InvariantCulture)}" : "";
        var name = $"{place} {_rng.ArrayElement(variant.Nouns)}{number}";
        var address = Array.IndexOf(Extraction, variant.FacilityType) >= 0
            ? $"{_rng.ArrayElement(ConcessionWords)} {Countries.Code(country)}-{Digits(4)}, {city} district"
            : Address(city);
        var osId = sector.Name == "apparel" && b.Level >= 3 && _rng.Bool(0.5f)
            ? $"{Countries.Code(country)}{_rng.Number(2015, 2025).ToString(CultureInfo.InvariantCulture)}{Digits(3)}{Alphanumeric(6)}"
            : null;
        _w.Facility(NodeIds.Facility(i), name, country, city, address, variant.FacilityType, sector.Name, Workers(variant.FacilityType), variant.Output, osId);
        if (b.Level > 0) return;
        _w.Produces(NodeIds.Facility(i), NodeIds.Material(variant.Output));
        if (variant.CoProduct is { } co && _rng.Bool(0.3f)) _w.Produces(NodeIds.Facility(i), NodeIds.Material(co));
    }

    private static readonly string[] ConcessionWords = ["Concession", "Licence Block", "Permit", "Lease"];

    private int Workers(string facilityType) => facilityType switch
    {
        "mine" => _rng.Number(50, 4000),
        "farm" => _rng.Number(5, 400),
        "fishery" => _rng.Number(20, 600),
        "logging" => _rng.Number(20, 800),
        "plantation" => _rng.Number(50, 1500),
        "smelter" => _rng.Number(300, 5000),
        "assembly" => _rng.Number(300, 12000),
        "factory" => _rng.Number(100, 5000),
        _ => _rng.Number(50, 3000),
    };

    /// <summary>Goods flow from a facility to a buyer in the tier below, directly or through a carrier (and a port for vessels).</summary>
    private void Supply(int from, int to, double share, TransportProfile inbound, int sector, int level)
    {
        var goods = VariantOf(from);
        var fromId = NodeIds.Facility(from);
        var toId = NodeIds.Facility(to);
        if (inbound.Rate <= 0 || _rng.Double() >= inbound.Rate)
        {
            _w.Supplies(fromId, toId, goods.Output, goods.HsCode, share);
            return;
        }
        var routes = _routes[(sector, level)];
        var block = routes.ByMode[routes.Modes.Pick(_rng)];
        var t = block.Start + _rng.Number(0, block.Count - 1);
        var carrierId = NodeIds.Transporter(t);
        Leg(from * 2L, t * 2L + 1, fromId, carrierId, goods, null);
        if (block.Mode != 0)
        {
            Leg(t * 2L + 1, to * 2L, carrierId, toId, goods, share);
            return;
        }
        var port = PickPort(routes.Ports, _facilityCountry[to]);
        var portId = NodeIds.Facility(port);
        Leg(t * 2L + 1, port * 2L, carrierId, portId, goods, null);
        Leg(port * 2L, to * 2L, portId, toId, goods, share);
    }

    private void Leg(long start, long end, string startId, string endId, TierVariant goods, double? share)
    {
        if (_legs.Add(start << 32 | end)) _w.Supplies(startId, endId, goods.Output, goods.HsCode, share);
    }

    private int PickPort(FacilityBlock ports, byte country)
    {
        var port = ports.Start + _rng.Number(0, ports.Count - 1);
        for (var attempt = 0; attempt < 3 && _facilityCountry[port] != country; attempt++)
            port = ports.Start + _rng.Number(0, ports.Count - 1);
        return port;
    }

    /// <summary>
    /// A small share of factories and assembly plants send scrap back to a smelter, mill or refinery
    /// found by walking their own supply chain upstream, so each one closes a cycle.
    /// </summary>
    private void WriteRecycling()
    {
        bool Eligible(int i) => !BlockOf(i).IsPort && BlockOf(i).Level >= 2 && FacilityType(i) is "factory" or "assembly";
        var eligible = 0;
        for (var i = 0; i < _plan.TierFacilities; i++)
            if (Eligible(i)) eligible++;
        var sampler = QuotaSampler.ForRate(_rng, eligible, _options.RecyclingRate);
        var owed = false;
        for (var i = 0; i < _plan.TierFacilities; i++)
        {
            if (!Eligible(i)) continue;
            if (!sampler.Next() && !owed) continue;
            var target = UpstreamWorks(i);
            owed = target < 0;
            if (target < 0) continue;
            var sector = Sector(BlockOf(i).Sector);
            _w.Supplies(NodeIds.Facility(i), NodeIds.Facility(target), sector.Scrap, sector.ScrapHs, null);
        }
    }

    private int UpstreamWorks(int facility)
    {
        var current = facility;
        for (var step = 0; step < 8; step++)
        {
            var suppliers = SuppliersOf(current);
            if (suppliers.Length == 0) return -1;
            current = suppliers[_rng.Number(0, suppliers.Length - 1)];
            if (Array.IndexOf(Works, FacilityType(current)) >= 0) return current;
        }
        return -1;
    }
}
