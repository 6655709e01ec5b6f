namespace Traceability.Storage.Generation;

/// <summary>
/// The sectors the generator builds: tiers from origin to the facility that makes the finished good,
/// with sector-typical materials, HS codes, countries and names. North Korea is in no country list:
/// KP sites come only from <see cref="GeneratorOptions.KpFacilityRate"/>, on variants marked plausible.
/// </summary>
internal static class SectorCatalog
{
    private static readonly TransportProfile None = new(0, 0, 0, 0);

    public static readonly IReadOnlyList<SectorProfile> All =
    [
        new("seafood", "seafood", "Seafood", 0.18,
        [
            new(1.2,
            [
                V("fishery", "skipjack tuna", "030343", "ID 3, PH 2, EC 2, TW 2, KR 1, CN 2, PG 1, KI 1, ES 1", "Tuna Fishery|Purse Seine Fishery", "tuna", weight: 3),
                V("fishery", "flying squid", "030743", "CN 3, PE 2, AR 1, JP 1, KR 1", "Squid Fishery|Jigging Fleet Grounds", "squid", kp: true, weight: 2),
                V("fishery", "Alaska pollock", "030367", "RU 4, US 2, JP 1", "Pollock Fishery|Trawl Fishery", "pollock", kp: true, weight: 2),
                V("farm", "whiteleg shrimp", "030617", "EC 3, IN 3, VN 2, ID 2, TH 1", "Shrimp Farm|Aquaculture Ponds", "shrimp", weight: 2),
            ], None),
            new(0.5,
            [
                V("processing", "frozen whole tuna", "030343", "TH 3, EC 2, PH 2, ID 2, CN 1, VN 1", "Cold Store|Fish Landing and Freezing Plant", "tuna"),
                V("processing", "frozen squid", "030743", "CN 4, PE 2, KR 1", "Cold Store|Squid Freezing Plant", "squid", kp: true),
                V("processing", "headed and gutted pollock", "030367", "CN 3, RU 3, KR 1", "Fish Freezing Plant|Cold Store", "pollock", kp: true),
                V("processing", "frozen shrimp", "030617", "IN 3, VN 3, EC 2, TH 2, ID 1", "Shrimp Peeling Shed|Shrimp Freezing Plant", "shrimp"),
            ], new(0.85, 0.8, 0.2, 0)),
            new(0.4, [V("processing", "fish loins and fillets", "030487", "CN 4, TH 3, VN 2, EC 1, PH 1, ID 1, PL 1, DE 1", "Seafood Processing Plant|Fish Processing Factory|Filleting Plant", kp: true)],
                new(0.5, 0.3, 0.7, 0)),
            new(0.35, [V("factory", "canned and frozen seafood", "160414", "TH 3, CN 3, EC 1, ES 1, VN 1, US 1, DE 1, PL 1", "Cannery|Seafood Packing Plant|Frozen Foods Factory")],
                new(0.5, 0.4, 0.6, 0), new CrossSource("metals", 2, 0.12)),
        ],
        [new("canned skipjack tuna", "160414"), new("frozen pollock fillets", "030475"), new("breaded fish sticks", "160420"), new("frozen squid rings", "160554"), new("cooked frozen shrimp", "160521")],
        "tinplate scrap", "720430"),

        new("apparel", "apparel", "Textile", 0.25,
        [
            new(1.2,
            [
                V("farm", "seed cotton", "520100", "IN 3, CN 3, US 2, PK 2, UZ 2, BR 1, TM 1, BF 1", "Cotton Farm|Cotton Cooperative|Cotton Estate", "cotton", weight: 4),
                V("farm", "greasy wool", "510111", "AU 3, NZ 2, CN 1, ZA 1, AR 1", "Sheep Station|Wool Farm", "wool"),
            ], None),
            new(0.45,
            [
                V("processing", "cotton lint", "520100", "IN 3, CN 3, US 2, PK 2, UZ 2, BR 1, TM 1", "Cotton Ginnery|Ginning Plant", "cotton", weight: 4),
                V("processing", "scoured wool", "510121", "CN 3, AU 1, IN 1, NZ 1", "Wool Scouring Plant", "wool"),
            ], new(0.6, 0, 0.8, 0.2)),
            new(0.4, [V("mill", "yarn", "520512", "CN 4, IN 3, PK 2, VN 2, BD 1, TR 1, UZ 1, ID 1", "Spinning Mill|Yarn Mill|Textile Mill")],
                new(0.7, 0.5, 0.4, 0.1)),
            new(0.45, [V("mill", "woven and knitted fabric", "520842", "CN 4, IN 2, BD 2, VN 2, TR 1, PK 1, KH 1", "Weaving Mill|Knitting and Dyeing Mill|Fabric Mill", kp: true)],
                new(0.5, 0.3, 0.7, 0)),
            new(0.5, [V("factory", "garments", "610910", "BD 4, VN 3, CN 3, KH 2, IN 2, ID 1, MM 1, HN 1, ET 1, LK 1, JO 1", "Garment Factory|Apparel Factory|Knitwear Factory", kp: true)],
                new(0.6, 0.5, 0.4, 0, 0, 0.1), new CrossSource("metals", 3, 0.1)),
        ],
        [new("cotton T-shirt", "610910"), new("denim jeans", "620342"), new("wool sweater", "611011"), new("knit hoodie", "611020"), new("cotton socks", "611595")],
        "cotton waste", "520299"),

        new("electronics", "electronics", "Battery Materials", 0.2,
        [
            new(1.0,
            [
                V("mine", "cobalt ore", "260500", "CD 7, ZM 1, AU 1, PH 1, MA 1", "Cobalt Mine|Artisanal Cobalt Site|Copper-Cobalt Mine", "cobalt", weight: 3, co: "copper ore", coHs: "260300"),
                V("mine", "spodumene concentrate", "253090", "AU 4, CN 2, ZW 1, BR 1, CL 1", "Lithium Mine|Spodumene Mine", "lithium", weight: 3),
                V("mine", "nickel ore", "260400", "ID 5, PH 2, RU 1, NC 1, AU 1", "Nickel Mine", "nickel", weight: 2),
                V("mine", "natural graphite", "250490", "CN 5, MZ 2, MG 1, BR 1", "Graphite Mine", "graphite", kp: true, weight: 1.5),
            ], None),
            new(0.35,
            [
                V("refinery", "cobalt sulfate", "283329", "CN 6, FI 1, BE 1, CD 1", "Cobalt Refinery|Cobalt Chemicals Plant", "cobalt", weight: 3),
                V("refinery", "lithium hydroxide", "282520", "CN 5, CL 1, AU 1, US 1", "Lithium Refinery|Lithium Chemicals Plant", "lithium", weight: 3),
                V("smelter", "nickel sulfate", "283324", "ID 3, CN 3, FI 1, RU 1", "Nickel Smelter|HPAL Plant", "nickel", weight: 2),
                V("processing", "spherical graphite", "380110", "CN 6, JP 1", "Graphite Processing Plant", "graphite", weight: 1.5),
            ], new(0.8, 0.55, 0.3, 0.15)),
            new(0.25, [V("factory", "cathode and anode active material", "284190", "CN 5, KR 2, JP 2, PL 1, FI 1", "Cathode Materials Plant|Battery Materials Plant|Precursor Plant")],
                new(0.6, 0.4, 0.6, 0)),
            new(0.3, [V("factory", "lithium-ion cells", "850760", "CN 5, KR 2, JP 1, HU 1, PL 1, US 1", "Battery Cell Plant|Cell Gigafactory")],
                new(0.6, 0.4, 0.6, 0), new CrossSource("metals", 2, 0.15)),
            new(0.4, [V("assembly", "battery packs and devices", "850760", "CN 4, VN 2, MX 1, MY 1, TH 1, IN 1, US 1", "Assembly Plant|Electronics Assembly Plant|Battery Pack Plant")],
                new(0.6, 0.5, 0.3, 0, 0.2)),
        ],
        [new("laptop battery pack", "850760"), new("smartphone", "851713"), new("power bank", "850760"), new("e-bike battery", "850760"), new("cordless drill", "846721")],
        "black mass", "8549"),

        new("timber", "furniture", "Timber", 0.17,
        [
            new(1.0,
            [
                V("logging", "oak logs", "440391", "RU 2, UA 1, PL 1, FR 1, US 1, DE 1", "Forest Concession|Logging Camp", "oak", weight: 2),
                V("logging", "birch logs", "440396", "RU 4, FI 1, BY 1, LV 1", "Forest Concession|Logging Camp|Timber Lease", "birch", weight: 2),
                V("logging", "tropical hardwood logs", "440349", "MM 1, PG 2, CD 1, CM 1, BR 2, ID 1, MY 1, GA 1", "Forest Concession|Logging Camp", "tropical", weight: 2),
                V("plantation", "rubberwood logs", "440399", "MY 2, TH 2, VN 1, ID 1", "Rubber Plantation|Rubberwood Estate", "rubber", weight: 1.5),
            ], None),
            new(0.45,
            [
                V("mill", "sawn oak", "440791", "CN 3, PL 2, UA 1, RU 1, DE 1, VN 1", "Sawmill|Timber Mill", "oak", weight: 2),
                V("mill", "birch plywood", "441231", "RU 3, CN 3, FI 1, BY 1", "Plywood Mill|Veneer Mill", "birch", weight: 2),
                V("mill", "sawn tropical hardwood", "440729", "CN 3, VN 2, MY 1, ID 1, CM 1", "Sawmill|Timber Mill", "tropical", weight: 2),
                V("mill", "sawn rubberwood", "440799", "MY 2, TH 2, VN 2, CN 1", "Sawmill", "rubber", weight: 1.5),
            ], new(0.7, 0.5, 0.4, 0.1)),
            new(0.35, [V("factory", "furniture components and panels", "940390", "CN 4, VN 3, PL 1, MY 1, ID 1, IN 1", "Panel Factory|Furniture Components Factory|Woodworking Plant")],
                new(0.5, 0.3, 0.7, 0)),
            new(0.35, [V("assembly", "furniture", "940360", "CN 4, VN 3, PL 1, MY 1, MX 1, US 1, IN 1, ID 1", "Furniture Factory|Furniture Assembly Plant")],
                new(0.6, 0.4, 0.6, 0), new CrossSource("metals", 2, 0.1)),
        ],
        [new("dining chair", "940161"), new("wooden dining table", "940360"), new("bookcase", "940360"), new("bed frame", "940350"), new("engineered wood flooring", "441875")],
        "wood offcuts", "440140"),

        new("metals", "metals", "Metals", 0.2,
        [
            new(0.9,
            [
                V("mine", "iron ore", "260111", "AU 4, BR 3, IN 1, CN 1, ZA 1, CA 1", "Iron Ore Mine|Open-Pit Mine", "iron", kp: true, weight: 3),
                V("mine", "bauxite", "260600", "AU 3, GN 3, CN 1, BR 1, ID 1, IN 1", "Bauxite Mine", "aluminium", weight: 2),
                V("mine", "copper ore", "260300", "CL 4, PE 3, CD 2, ZM 1, CN 1, US 1", "Copper Mine|Open-Pit Mine", "copper", weight: 2),
                V("mine", "zinc ore", "260800", "CN 3, PE 2, AU 2, IN 1, MX 1, BO 1", "Zinc Mine|Lead-Zinc Mine", "zinc", kp: true, weight: 1.5, co: "lead ore", coHs: "260700"),
            ], None),
            new(0.35,
            [
                V("smelter", "pig iron", "720110", "CN 5, IN 2, JP 1, KR 1, RU 1, BR 1", "Ironworks|Blast Furnace Works|Steelworks", "iron", kp: true, weight: 3),
                V("smelter", "primary aluminium", "760110", "CN 4, IN 1, RU 1, AE 1, CA 1, NO 1", "Aluminium Smelter", "aluminium", weight: 2),
                V("smelter", "copper cathode", "740311", "CN 4, CL 2, JP 1, ZM 1, CD 1, DE 1", "Copper Smelter|Copper Refinery", "copper", weight: 2),
                V("smelter", "zinc ingot", "790111", "CN 4, KR 1, IN 1, CA 1", "Zinc Smelter", "zinc", kp: true, weight: 1.5),
            ], new(0.8, 0.5, 0.2, 0.3)),
            new(0.3, [V("mill", "steel coil, foil and wire rod", "720839", "CN 4, IN 1, JP 1, KR 1, TR 1, VN 1, DE 1, US 1", "Rolling Mill|Steel Mill|Wire Rod Mill|Foil Mill")],
                new(0.6, 0.3, 0.4, 0.3)),
            new(0.4, [V("factory", "fabricated metal parts", "732690", "CN 4, VN 2, IN 1, MX 1, TR 1, TH 1, US 1", "Metal Works|Fastener Factory|Fabrication Plant|Hardware Factory", kp: true)],
                new(0.6, 0.3, 0.7, 0)),
        ],
        [new("steel pipe", "730630"), new("aluminium cookware", "761510"), new("insulated copper cable", "854449"), new("steel fasteners", "731815"), new("hand tools", "820559")],
        "metal scrap", "720449"),
    ];

    public static int IndexOf(string sector)
    {
        for (var i = 0; i < All.Count; i++)
            if (All[i].Name == sector) return i;
        throw new ArgumentException($"unknown sector '{sector}'", nameof(sector));
    }

    private static TierVariant V(string type, string output, string hs, string countries, string nouns, string? line = null,
        bool kp = false, double weight = 1, string? co = null, string? coHs = null) =>
        new(type, output, hs, Countries.Weights(countries), nouns.Split('|'), line, kp, weight, co, coHs);
}
