using System.Diagnostics;
using System.Security.Cryptography;
using Traceability.Storage.Generation;
using Traceability.Tests;

namespace Traceability.Storage.Tests.Generation;

public sealed class NetworkGeneratorTests(ITestOutputHelper output)
{
    private static readonly string[] Origins = ["mine", "farm", "fishery", "logging", "plantation"];
    private static readonly string[] Processors = ["processing", "mill", "smelter", "refinery", "factory", "assembly"];

    [Fact]
    public void Generate_SameSeed_WritesByteIdenticalFiles()
    {
        using var dir = new TempDirectory();
        var options = new GeneratorOptions { Products = 400, Seed = 7 };

        new NetworkGenerator(options).Generate(dir.File("a"));
        new NetworkGenerator(options).Generate(dir.File("b"));

        var a = Hashes(dir.File("a"));
        Assert.Equal(14, a.Count);
        Assert.Equal(a, Hashes(dir.File("b")));
    }

    [Fact]
    public async Task Generate_ConcurrentRuns_DoNotInterfere()
    {
        using var dir = new TempDirectory();
        var options = new GeneratorOptions { Products = 300 };
        new NetworkGenerator(options).Generate(dir.File("alone"));

        await Task.WhenAll(
            Task.Run(() => new NetworkGenerator(options).Generate(dir.File("x"))),
            Task.Run(() => new NetworkGenerator(options with { Seed = 99 }).Generate(dir.File("other"))),
            Task.Run(() => new NetworkGenerator(options).Generate(dir.File("y"))));

        var alone = Hashes(dir.File("alone"));
        Assert.Equal(alone, Hashes(dir.File("x")));
        Assert.Equal(alone, Hashes(dir.File("y")));
    }

    [Fact]
    public void Generate_DifferentSeed_WritesDifferentFiles()
    {
        using var dir = new TempDirectory();
        var a = new NetworkGenerator(new GeneratorOptions { Products = 400, Seed = 1 }).Generate(dir.File("a"));
        var b = new NetworkGenerator(new GeneratorOptions { Products = 400, Seed = 2 }).Generate(dir.File("b"));

        var ha = Hashes(dir.File("a"));
        var hb = Hashes(dir.File("b"));
        Assert.Equal(a.NodesByLabel, b.NodesByLabel);
        Assert.NotEqual(ha["nodes-Facility.csv"], hb["nodes-Facility.csv"]);
        Assert.NotEqual(ha["rels-SUPPLIES.csv"], hb["rels-SUPPLIES.csv"]);
        Assert.NotEqual(ha["rels-OWNS.csv"], hb["rels-OWNS.csv"]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(150)]
    [InlineData(1500)]
    public async Task Generate_AnySize_ImportsWithCountsAsReported(int products)
    {
        using var dir = new TempDirectory();
        var result = new NetworkGenerator(new GeneratorOptions { Products = products, Seed = products }).Generate(dir.File("net"));
        await using var store = await StoreFixture.OpenAsync(dir);

        var report = await StoreFixture.ImportAsync(store, dir.File("net"));

        Assert.Equal(products, result.Products);
        Assert.Equal(result.Nodes, report.Nodes.Inserted);
        Assert.Equal(result.Relationships, report.Relationships.Inserted);
        var counts = await store.CountAsync(CancellationToken.None);
        Assert.Equal(result.NodesByLabel.OrderBy(kv => kv.Key, StringComparer.Ordinal), counts.NodesByLabel.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        Assert.Equal(result.RelationshipsByType.OrderBy(kv => kv.Key, StringComparer.Ordinal), counts.RelationshipsByType.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        Assert.Equal(products, result.NodesByLabel["Product"]);
    }

    [Fact]
    public async Task Generate_HundredThousandNodes_ImportsIntoSqlite()
    {
        using var dir = new TempDirectory();
        var clock = Stopwatch.StartNew();
        var result = new NetworkGenerator(new GeneratorOptions { Nodes = 100_000 }).Generate(dir.File("net"));
        var generated = clock.Elapsed;
        await using var store = await StoreFixture.OpenAsync(dir);

        clock.Restart();
        var report = await StoreFixture.ImportAsync(store, dir.File("net"));
        var imported = clock.Elapsed;

        output.WriteLine($"{result.Nodes:N0} nodes, {result.Relationships:N0} relationships: generated in {generated.TotalSeconds:F1} s, imported in {imported.TotalSeconds:F1} s");
        Assert.InRange(result.Nodes, 90_000, 110_000);
        Assert.Equal(result.Nodes, report.Nodes.Inserted);
        Assert.Equal(result.Relationships, report.Relationships.Inserted);
        var counts = await store.CountAsync(CancellationToken.None);
        Assert.Equal(result.Nodes, counts.Nodes);
        Assert.Equal(result.Relationships, counts.Relationships);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(5_000)]
    [InlineData(60_000)]
    public void Generate_NodeTarget_LandsWithinTenPercent(int nodes)
    {
        using var dir = new TempDirectory();
        var generator = new NetworkGenerator(new GeneratorOptions { Nodes = nodes });

        var result = generator.Generate(dir.File("net"));

        Assert.Equal(generator.PlannedNodes, result.Nodes);
        Assert.InRange(result.Nodes, nodes * 0.9, nodes * 1.1);
    }

    [Fact]
    public void Generate_TypicalNetwork_HasTheStructureAndFindingsTracingNeeds()
    {
        using var dir = new TempDirectory();
        var result = new NetworkGenerator(new GeneratorOptions { Products = 1500 }).Generate(dir.File("net"));
        var g = new GeneratedGraph(dir.File("net"));

        // About five relationships touch each node (each relationship touches two).
        Assert.InRange(2.0 * result.Relationships / result.Nodes, 4.0, 6.0);

        // Every origin produces a raw material; every product has a maker and an importer.
        var facilities = g.Nodes("Facility").ToList();
        Assert.All(facilities.Where(f => Origins.Contains(g.FacilityType(f.Id.Value))), f => Assert.NotEmpty(g.Out(f.Id.Value, "PRODUCES")));
        Assert.All(g.Nodes("Product"), p =>
        {
            Assert.NotEmpty(g.In(p.Id.Value, "SUPPLIES"));
            Assert.NotEmpty(g.In(p.Id.Value, "IMPORTS"));
        });

        // Multi-sourcing: many processors draw from several suppliers.
        Assert.Contains(facilities, f => Processors.Contains(g.FacilityType(f.Id.Value)) && g.In(f.Id.Value, "SUPPLIES").Count() >= 3);

        // Recycling closes cycles.
        Assert.True(g.HasSupplyCycle());

        // Transport legs: facility -> vessel -> port -> facility, and via trucks.
        var vesselLeg = g.OfType("SUPPLIES").First(e => e.End.Value.StartsWith("trn-", StringComparison.Ordinal) && g.Text(e.End.Value, "mode") == "vessel");
        var port = g.Out(vesselLeg.End.Value, "SUPPLIES").First().End.Value;
        Assert.Equal("port", g.FacilityType(port));
        Assert.NotEmpty(g.Out(port, "SUPPLIES"));
        Assert.Contains(g.OfType("SUPPLIES"), e => e.Start.Value.StartsWith("trn-", StringComparison.Ordinal) && g.Text(e.Start.Value, "mode") == "truck");
        Assert.All(g.Nodes("Transporter").Where(t => t.Properties.GetString("mode") == "vessel"), v => Assert.True(ValidImo(v.Properties.GetString("imo"))));

        // Untraced branches: processors without suppliers that still feed the chain.
        Assert.Contains(facilities, f => Processors.Contains(g.FacilityType(f.Id.Value)) && !g.In(f.Id.Value, "SUPPLIES").Any() && g.Out(f.Id.Value, "SUPPLIES").Any());

        // Ownership pyramids: someone owns a company that owns a company that owns a facility.
        Assert.Contains(g.OfType("OWNS"), site => site.End.Value.StartsWith("fac-", StringComparison.Ordinal)
            && g.In(site.Start.Value, "OWNS").Any(parent => g.In(parent.Start.Value, "OWNS").Any()));
        Assert.NotEmpty(g.OfType("OPERATES"));
        Assert.NotEmpty(g.OfType("RECRUITS"));
    }

    [Fact]
    public void Generate_DefaultRates_IncludesEveryKindOfNorthKoreaAndSanctionsCase()
    {
        using var dir = new TempDirectory();
        new NetworkGenerator(new GeneratorOptions { Products = 1500 }).Generate(dir.File("net"));
        var g = new GeneratedGraph(dir.File("net"));

        var kpSites = g.Nodes("Facility").Where(f => f.Properties.GetString("country") == "KP").ToList();
        Assert.NotEmpty(kpSites);
        Assert.All(kpSites, f => Assert.NotEmpty(g.Out(f.Id.Value, "SUPPLIES")));
        Assert.Contains(g.Nodes("Transporter"), t => t.Properties.GetString("flag") == "KP");

        var kpWork = g.OfType("WORKS_AT").Where(e => g.Text(e.Start.Value, "nationality") == "KP").Select(e => g.Node(e.End.Value)).ToList();
        Assert.Contains(kpWork, s => s.Label == "Facility" && s.Properties.GetString("country") != "KP" && Processors.Concat(Origins).Contains(s.Properties.GetString("facilityType")));
        Assert.Contains(kpWork, s => s.Label == "Facility" && s.Properties.GetString("facilityType") == "port");
        Assert.Contains(kpWork, s => s.Label == "Transporter" && s.Properties.GetString("flag") != "KP");
        Assert.Contains(g.Nodes("LaborSource"), l => l.Properties.GetString("kind") == "state-dispatched" && g.In(l.Id.Value, "RECRUITS").Any());

        var sanctioned = g.Nodes("Company").Where(c => c.Properties.GetStrings("sanctionIds").Length > 0).ToList();
        Assert.NotEmpty(sanctioned);
        Assert.All(sanctioned, c => Assert.All(c.Properties.GetStrings("sanctionIds"), id => Assert.Matches("^OFAC-SDN:9[0-9]{5}$", id)));
        Assert.Contains(sanctioned, c => g.Out(c.Id.Value, "OWNS").Any(e => e.Properties["percent"] is double p && p >= 50));
    }

    [Fact]
    public void Generate_ZeroRates_HasNoFlaggedCasesNoCyclesAndNoUntracedBranches()
    {
        using var dir = new TempDirectory();
        var options = new GeneratorOptions
        {
            Products = 800, KpFacilityRate = 0, KpVesselRate = 0, KpLaborRate = 0, KpPortLaborRate = 0, KpCrewRate = 0,
            SanctionedRate = 0, RecyclingRate = 0, UntracedRate = 0,
        };
        new NetworkGenerator(options).Generate(dir.File("net"));
        var g = new GeneratedGraph(dir.File("net"));

        Assert.DoesNotContain(g.Nodes("Facility"), f => f.Properties.GetString("country") == "KP");
        Assert.DoesNotContain(g.Nodes("Transporter"), t => t.Properties.GetString("flag") == "KP");
        Assert.DoesNotContain(g.Nodes("LaborSource"), l => l.Properties.GetString("nationality") == "KP");
        Assert.DoesNotContain(g.Nodes("Company").Concat(g.Nodes("Person")), n => n.Properties.GetStrings("sanctionIds").Length > 0);
        Assert.False(g.HasSupplyCycle());
        Assert.DoesNotContain(g.Nodes("Facility"), f => Processors.Contains(g.FacilityType(f.Id.Value)) && !g.In(f.Id.Value, "SUPPLIES").Any());
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(10, 10)]
    [InlineData(0, null)]
    [InlineData(null, -5)]
    public void Constructor_BadSize_Throws(int? products, int? nodes)
    {
        Assert.Throws<ArgumentException>(() => new NetworkGenerator(new GeneratorOptions { Products = products, Nodes = nodes }));
    }

    [Fact]
    public void Constructor_RateAboveOne_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new NetworkGenerator(new GeneratorOptions { Products = 5, KpLaborRate = 1.5 }));
        Assert.Contains("KpLaborRate", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_WithoutRelationshipsPerNode_KeepsTheNaturalDensity()
    {
        using var dir = new TempDirectory();
        var result = new NetworkGenerator(new GeneratorOptions { Nodes = 10_000, Seed = 42 }).Generate(dir.File("net"));

        // The network docs/benchmarks.md describes: the option's absence changes nothing.
        Assert.Equal(10_006, result.Nodes);
        Assert.Equal(23_440, result.Relationships);
        Assert.InRange((double)result.Relationships / result.Nodes, 2.3, 2.45);
    }

    [Fact]
    public void Generate_FiveRelationshipsPerNode_AddsSuppliersAndShareholdersToTheSameNodes()
    {
        using var dir = new TempDirectory();
        var natural = new NetworkGenerator(new GeneratorOptions { Nodes = 10_000 }).Generate(dir.File("natural"));
        var dense = new NetworkGenerator(new GeneratorOptions { Nodes = 10_000, RelationshipsPerNode = 5 }).Generate(dir.File("dense"));

        Assert.Equal(natural.NodesByLabel, dense.NodesByLabel);
        Assert.InRange((double)dense.Relationships / dense.Nodes, 4.8, 5.2);
        Assert.Equal(natural.RelationshipsByType.Keys, dense.RelationshipsByType.Keys);
        var added = (double)(dense.Relationships - natural.Relationships);
        Assert.InRange((dense.RelationshipsByType["SUPPLIES"] - natural.RelationshipsByType["SUPPLIES"]) / added, 0.6, 0.8);
        Assert.InRange((dense.RelationshipsByType["OWNS"] - natural.RelationshipsByType["OWNS"]) / added, 0.2, 0.4);

        var n = new GeneratedGraph(dir.File("natural"));
        var d = new GeneratedGraph(dir.File("dense"));
        // Buyers draw more suppliers, some many.
        Assert.True(MeanSupplyInDegree(d) >= 2.5 * MeanSupplyInDegree(n), $"{MeanSupplyInDegree(d):F2} vs {MeanSupplyInDegree(n):F2} supply links per processor");
        Assert.Contains(d.Nodes("Facility"), f => Processors.Contains(d.FacilityType(f.Id.Value)) && d.In(f.Id.Value, "SUPPLIES").Count() >= 15);
        // More cross-sector inputs: metal goods into the other sectors' plants.
        Assert.True(MetalInputs(d) >= 3 * MetalInputs(n), $"{MetalInputs(d)} vs {MetalInputs(n)} metal inputs into other sectors");
        // More shareholders, and no owned party is held more than 100%.
        Assert.True(MeanOwners(d) >= MeanOwners(n) + 0.8, $"{MeanOwners(d):F2} vs {MeanOwners(n):F2} owners per owned party");
        Assert.All(d.OfType("OWNS").GroupBy(e => e.End.Value), owned =>
            Assert.True(owned.Sum(e => e.Properties.GetDouble("percent") ?? 0) <= 100.0001, $"{owned.Key} held {owned.Sum(e => e.Properties.GetDouble("percent") ?? 0)}%"));
        // A buyer's supply shares never add up to more than 100, however many suppliers it has.
        Assert.All(d.Nodes("Facility").Where(f => d.In(f.Id.Value, "SUPPLIES").Count() >= 5), f =>
            Assert.True(d.In(f.Id.Value, "SUPPLIES").Sum(e => e.Properties.GetDouble("share") ?? 0) <= 100.05, f.Id.Value));
    }

    [Fact]
    public void Generate_RelationshipsPerNode_IsDeterministicAndAcyclicApartFromRecycling()
    {
        using var dir = new TempDirectory();
        var options = new GeneratorOptions { Products = 400, Seed = 7, RelationshipsPerNode = 6 };

        new NetworkGenerator(options).Generate(dir.File("a"));
        new NetworkGenerator(options).Generate(dir.File("b"));
        new NetworkGenerator(options with { RelationshipsPerNode = null }).Generate(dir.File("natural"));
        new NetworkGenerator(options with { RecyclingRate = 0 }).Generate(dir.File("no-recycling"));

        var a = Hashes(dir.File("a"));
        Assert.Equal(a, Hashes(dir.File("b")));
        Assert.NotEqual(a["rels-SUPPLIES.csv"], Hashes(dir.File("natural"))["rels-SUPPLIES.csv"]);
        Assert.True(new GeneratedGraph(dir.File("a")).HasSupplyCycle());
        Assert.False(new GeneratedGraph(dir.File("no-recycling")).HasSupplyCycle());
    }

    [Fact]
    public async Task Generate_FiveRelationshipsPerNode_ImportsWithCountsAsReported()
    {
        using var dir = new TempDirectory();
        var result = new NetworkGenerator(new GeneratorOptions { Products = 1500, Seed = 3, RelationshipsPerNode = 5 }).Generate(dir.File("net"));
        await using var store = await StoreFixture.OpenAsync(dir);

        var report = await StoreFixture.ImportAsync(store, dir.File("net"));

        Assert.InRange((double)result.Relationships / result.Nodes, 4.8, 5.2);
        Assert.Equal(result.Nodes, report.Nodes.Inserted);
        Assert.Equal(result.Relationships, report.Relationships.Inserted);
        var counts = await store.CountAsync(CancellationToken.None);
        Assert.Equal(result.RelationshipsByType.OrderBy(kv => kv.Key, StringComparer.Ordinal), counts.RelationshipsByType.OrderBy(kv => kv.Key, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(2.4)]
    [InlineData(10.5)]
    [InlineData(double.NaN)]
    public void Constructor_RelationshipsPerNodeOutOfRange_Throws(double perNode)
    {
        var e = Assert.Throws<ArgumentException>(() => new NetworkGenerator(new GeneratorOptions { Products = 5, RelationshipsPerNode = perNode }));
        Assert.Contains("RelationshipsPerNode must be between 2.5 and 10", e.Message, StringComparison.Ordinal);
    }

    private static double MeanSupplyInDegree(GeneratedGraph g) =>
        g.Nodes("Facility").Where(f => Processors.Contains(g.FacilityType(f.Id.Value))).Select(f => g.In(f.Id.Value, "SUPPLIES").Count()).Where(n => n > 0).Average();

    private static int MetalInputs(GeneratedGraph g) =>
        g.OfType("SUPPLIES").Count(e => e.Properties.GetString("material") is "steel coil, foil and wire rod" or "fabricated metal parts"
            && g.Node(e.End.Value).Label == "Facility" && g.Text(e.End.Value, "sector") != "metals" && g.FacilityType(e.End.Value) != "port");

    private static double MeanOwners(GeneratedGraph g) => g.OfType("OWNS").GroupBy(e => e.End.Value).Average(owned => owned.Count());

    private static bool ValidImo(string? imo)
    {
        if (imo is not { Length: 7 } || !imo.All(char.IsAsciiDigit)) return false;
        var sum = 0;
        for (var i = 0; i < 6; i++) sum += (imo[i] - '0') * (7 - i);
        return sum % 10 == imo[6] - '0';
    }

    private static SortedDictionary<string, string> Hashes(string folder) =>
        new(Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}
