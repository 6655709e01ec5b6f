namespace Traceability.Storage.Generation;

/// <summary>
/// How many nodes of each kind a network of <see cref="Products"/> finished goods has, and where each
/// kind's indices start. Every count is a function of the product count alone, so the node total is
/// known before generating and <see cref="ForNodes"/> can pick the product count that reaches it.
/// </summary>
internal sealed class NetworkPlan
{
    /// <summary>Supply links a facility draws on average (fan-in of 1 to 4).</summary>
    public const double MeanFanIn = 2.65;

    /// <summary>Relationships per node of a network as drawn (2.34 at 10,000 nodes, 2.40 from 100,000 up).</summary>
    public const double NaturalRelationshipsPerNode = 2.4;

    /// <summary>OWNS and OPERATES relationships per company, facility and transporter of a network as drawn (1.25 to 1.30 from 1,000 nodes up).</summary>
    public const double OwnershipPerParty = 1.28;

    /// <summary>WORKS_AT and RECRUITS relationships per workforce of a network as drawn (1.59 to 1.66 from 1,000 nodes up).</summary>
    public const double RelationshipsPerWorkforce = 1.62;

    private const double LegsPerCarrier = 6;
    private const double LegsPerPort = 12;

    private NetworkPlan(int products)
    {
        var sectors = SectorCatalog.All;
        Products = products;
        SectorProducts = Apportion(products, [.. sectors.Select(s => s.Share)]);
        var blocks = new List<FacilityBlock>();
        var next = 0;
        for (var s = 0; s < sectors.Count; s++)
        {
            if (SectorProducts[s] == 0) continue;
            for (var k = 0; k < sectors[s].Tiers.Count; k++)
            {
                var tier = sectors[s].Tiers[k];
                var total = Math.Max(tier.Variants.Count, Round(SectorProducts[s] * tier.PerProduct));
                var weights = tier.Variants.Sum(v => v.Weight);
                for (var v = 0; v < tier.Variants.Count; v++)
                {
                    var count = Math.Max(1, Round(total * tier.Variants[v].Weight / weights));
                    blocks.Add(new FacilityBlock(s, k, v, next, count));
                    next += count;
                }
            }
        }
        TierFacilities = next;
        var transport = new List<TransportBlock>();
        var carriers = 0;
        foreach (var (s, k, count) in blocks.GroupBy(b => (b.Sector, b.Level)).Select(g => (g.Key.Sector, g.Key.Level, g.Sum(b => b.Count))).ToList())
        {
            var inbound = sectors[s].Tiers[k].Inbound;
            if (inbound.Rate <= 0) continue;
            var legs = count * MeanFanIn * inbound.Rate;
            for (var m = 0; m < TransportProfile.Modes.Length; m++)
            {
                var share = inbound.Weight(m) / inbound.TotalWeight;
                if (share <= 0) continue;
                var n = Math.Max(1, Round(legs * share / LegsPerCarrier));
                transport.Add(new TransportBlock(s, k, m, carriers, n));
                carriers += n;
                if (m == 0) Vessels += n;
                if (m != 0) continue;
                var ports = Math.Max(1, Round(legs * share / LegsPerPort));
                blocks.Add(new FacilityBlock(s, k, -1, next, ports));
                next += ports;
            }
        }
        Blocks = blocks;
        Transport = transport;
        Facilities = next;
        Transporters = carriers;
        // Main outputs first, so a material that is also another sector's co-product (copper ore) keeps its own sector.
        var active = sectors.Where((_, s) => SectorProducts[s] > 0).ToList();
        Materials = [.. active.SelectMany(s => s.Tiers[0].Variants.Select(v => (v.Output, v.HsCode, s.Name)))
            .Concat(active.SelectMany(s => s.Tiers[0].Variants.Where(v => v.CoProduct is not null).Select(v => (v.CoProduct!, v.CoProductHs!, s.Name))))
            .DistinctBy(m => m.Item1)];

        Operators = Ceil(Facilities / 2.5);
        Carriers = Ceil(Transporters / 3.0);
        Holdings = Ceil((Operators + Carriers) / 4.0);
        Groups = Ceil(Holdings / 3.0);
        Importers = Math.Max(1, Round(products / 8.0));
        Labor = Round(0.75 * Facilities + 0.6 * Vessels);
        Recruiters = Math.Max(2, Round(Labor / 40.0));
        KpRecruiters = Math.Max(1, Round(Recruiters / 10.0));
        Persons = Math.Max(1, Round((Operators + Carriers + Holdings + Groups + Importers) * 0.3));
    }

    public int Products { get; }
    public int[] SectorProducts { get; }
    public IReadOnlyList<FacilityBlock> Blocks { get; }
    public IReadOnlyList<TransportBlock> Transport { get; }
    public IReadOnlyList<(string Name, string HsCode, string Sector)> Materials { get; }

    /// <summary>Facilities of the sector tiers; ports follow them.</summary>
    public int TierFacilities { get; }
    public int Facilities { get; }
    public int Transporters { get; }
    public int Vessels { get; }
    public int Groups { get; }
    public int Holdings { get; }
    public int Operators { get; }
    public int Carriers { get; }
    public int Importers { get; }
    public int Recruiters { get; }
    public int KpRecruiters { get; }
    public int Persons { get; }
    public int Labor { get; }

    public int FirstHolding => Groups;
    public int FirstOperator => FirstHolding + Holdings;
    public int FirstCarrier => FirstOperator + Operators;
    public int FirstImporter => FirstCarrier + Carriers;
    public int FirstRecruiter => FirstImporter + Importers;
    public int Companies => FirstRecruiter + Recruiters;

    public long Nodes => (long)Products + Materials.Count + Facilities + Transporters + Companies + Persons + Labor;

    public static NetworkPlan ForProducts(int products) => new(products);

    /// <summary>The plan whose node total is closest to <paramref name="nodes"/>.</summary>
    public static NetworkPlan ForNodes(int nodes)
    {
        int lo = 1, hi = Math.Max(1, nodes);
        while (lo < hi)
        {
            var mid = lo + (hi - lo) / 2;
            if (new NetworkPlan(mid).Nodes < nodes) lo = mid + 1;
            else hi = mid;
        }
        var above = new NetworkPlan(lo);
        if (lo == 1) return above;
        var below = new NetworkPlan(lo - 1);
        return Math.Abs(below.Nodes - nodes) < Math.Abs(above.Nodes - nodes) ? below : above;
    }

    // Largest-remainder split of n by the shares, ties to the earlier share.
    private static int[] Apportion(int n, double[] shares)
    {
        var sum = shares.Sum();
        var exact = shares.Select(s => n * s / sum).ToArray();
        var counts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var order = Enumerable.Range(0, shares.Length).OrderByDescending(i => exact[i] - counts[i]).ThenBy(i => i).ToArray();
        var left = n - counts.Sum();
        for (var i = 0; i < left; i++) counts[order[i]]++;
        return counts;
    }

    private static int Round(double x) => (int)Math.Round(x, MidpointRounding.AwayFromZero);

    private static int Ceil(double x) => (int)Math.Ceiling(x);
}
