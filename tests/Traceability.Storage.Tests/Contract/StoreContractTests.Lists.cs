using Traceability.Core.Graph;
using Traceability.Core.Ownership;
using Traceability.Core.Reference;
using Traceability.Core.Rules;
using Traceability.Core.Screening;
using Traceability.Core.Snapshots;
using Traceability.Tests;

namespace Traceability.Storage.Tests.Contract;

// List versions, screening the graph, and analysts' decisions kept across list re-imports.
public abstract partial class StoreContractTests
{
    private static ListEntry Entry(string id, string name) => new()
    {
        List = ListKeys.OfacSdn, EntryId = id, Kind = EntryKind.Entity, Name = name, Programs = ["DPRK3"], Countries = ["KP"],
    };

    private static ParsedList Version(string sha, params ListEntry[] entries) =>
        new(ListKeys.OfacSdn, "ofac-csv", null, sha, ["sdn.csv"], entries);

    private const string ListGraph = """
        id:ID,:LABEL,name,country,facilityType
        co-namgang,Company,Korea Namgang Trading Corp.,KP,
        co-other,Company,Pacific Ocean Fisheries Ltd,CN,
        fac-mine,Facility,Hamhung Ore Mine,CN,mine
        p1,Product,Zinc ingots,,
        """;

    private const string ListRels = """
        :START_ID,:END_ID,:TYPE,percent:double
        co-namgang,fac-mine,OWNS,60
        fac-mine,p1,SUPPLIES,
        """;

    private async Task<(TempDirectory, StoreUnderTest, ScreeningService)> SetupAsync()
    {
        var dir = new TempDirectory();
        dir.Write("g/nodes.csv", ListGraph);
        dir.Write("g/rels.csv", ListRels);
        var store = new StoreUnderTest(await OpenAsync(dir));
        await StoreFixture.ImportAsync(store.Graph, dir.File("g"));
        return (dir, store, new ScreeningService(store.Graph, store.Lists, ScreeningDefaults.Threshold));
    }

    [Fact]
    public async Task SaveList_SameFileTwice_IsANoOp()
    {
        var (dir, store, _) = await SetupAsync();
        using var cleanup = dir;
        await using var s = store;

        var first = await store.Lists.SaveListAsync(Version("aaa", Entry("27383", "KOREA NAMGANG TRADING CORPORATION")), "test", null, CancellationToken.None);
        var again = await store.Lists.SaveListAsync(Version("aaa", Entry("27383", "KOREA NAMGANG TRADING CORPORATION")), "test", null, CancellationToken.None);

        Assert.True(first.Added);
        Assert.False(again.Added);
        Assert.Equal(first.Version.Id, again.Version.Id);
        Assert.Single(await store.Lists.ListVersionsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Import_MatchesGraphNodes_AndMatchesBecomeSeeds()
    {
        var (dir, store, screening) = await SetupAsync();
        using var cleanup = dir;
        await using var s = store;

        var (_, added, sync) = await screening.ImportAsync(Version("v1", Entry("27383", "KOREA NAMGANG TRADING CORPORATION")), "test", null, CancellationToken.None);

        Assert.True(added);
        var match = Assert.Single(sync!.BecameMatched);
        Assert.Equal(new NodeId("co-namgang"), match.Node);
        Assert.Equal("OFAC-SDN:27383", match.Entry);
        Assert.Equal(MatchStatus.Pending, match.Status);
        var risk = await RiskAsync(store);
        var mine = risk.Graph.Find("fac-mine")!.Value;
        var flag = Assert.Single(risk.FlagsOf(mine));
        Assert.Equal(FlagKind.SanctionedOwnership, flag.Kind);
        Assert.Contains($"OFAC-SDN:27383: screening match {match.Id}, score", flag.Explanation);
    }

    [Fact]
    public async Task Reject_StopsTheMatchFiring_AndSurvivesANewListVersion()
    {
        var (dir, store, screening) = await SetupAsync();
        using var cleanup = dir;
        await using var s = store;
        var (_, _, sync) = await screening.ImportAsync(Version("v1", Entry("27383", "KOREA NAMGANG TRADING CORPORATION")), "test", null, CancellationToken.None);
        var id = sync!.BecameMatched[0].Id;

        var rejected = await store.Lists.DecideAsync(id, MatchStatus.Rejected, "different company: registration 91-220 in Nampo, not the SDN", "analyst-1", null, CancellationToken.None);
        Assert.False(rejected.Fires);
        Assert.Empty((await RiskAsync(store)).FlagsOf((await RiskAsync(store)).Graph.Find("fac-mine")!.Value));

        var (_, added, sync2) = await screening.ImportAsync(Version("v2", Entry("27383", "KOREA NAMGANG TRADING CORPORATION"), Entry("1", "OTHER PARTY")), "test", null, CancellationToken.None);

        Assert.True(added);
        Assert.Empty(sync2!.BecameMatched);
        var after = Assert.Single(await store.Lists.GetMatchesAsync(false, CancellationToken.None));
        Assert.Equal((MatchStatus.Rejected, "analyst-1", true), (after.Status, after.DecidedBy, after.Active));
        Assert.Empty(await store.Lists.GetMatchesAsync(pendingOnly: true, CancellationToken.None));
    }

    [Fact]
    public async Task NewVersionWithoutTheEntry_ReportsStoppedMatching()
    {
        var (dir, store, screening) = await SetupAsync();
        using var cleanup = dir;
        await using var s = store;
        await screening.ImportAsync(Version("v1", Entry("27383", "KOREA NAMGANG TRADING CORPORATION")), "test", null, CancellationToken.None);

        var (_, _, sync) = await screening.ImportAsync(Version("v2", Entry("1", "OTHER PARTY")), "test", null, CancellationToken.None);

        var stopped = Assert.Single(sync!.StoppedMatching);
        Assert.False(stopped.Active);
        Assert.Empty((await RiskAsync(store)).FlagsOf((await RiskAsync(store)).Graph.Find("fac-mine")!.Value));
    }

    [Fact]
    public async Task Decide_WithoutNote_IsRefused()
    {
        var (dir, store, screening) = await SetupAsync();
        using var cleanup = dir;
        await using var s = store;
        var (_, _, sync) = await screening.ImportAsync(Version("v1", Entry("27383", "KOREA NAMGANG TRADING CORPORATION")), "test", null, CancellationToken.None);

        await Assert.ThrowsAsync<Core.QueryException>(() => store.Lists.DecideAsync(sync!.BecameMatched[0].Id, MatchStatus.Confirmed, " ", "a", null, CancellationToken.None));
        await Assert.ThrowsAsync<Core.NotFoundException>(() => store.Lists.DecideAsync(999, MatchStatus.Confirmed, "why", "a", null, CancellationToken.None));
    }

    private static async Task<RiskIndex> RiskAsync(StoreUnderTest store)
    {
        using var provider = new RiskIndexProvider(store.Graph, new StaticLists(), [new MatchSeedSource(store.Lists)]);
        return await provider.GetAsync(CancellationToken.None);
    }

    private sealed class StaticLists : IReferenceListSource
    {
        public Task<ReferenceLists> GetAsync(CancellationToken cancellationToken) => Task.FromResult(ReferenceLists.Empty);
    }
}

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Versions_ReadTogether_AreTheGraphAndScreeningCounters_AndMoveWithThem()
    {
        var (dir, store, _) = await SetupAsync();
        using var cleanup = dir;
        await using var s = store;
        var ct = CancellationToken.None;

        async Task<(long, long?)> Separately() => (await store.Graph.GetGraphVersionAsync(ct), await store.Lists.ScreeningVersionAsync(ct));
        var before = await store.Graph.GetVersionsAsync(ct);
        Assert.Equal(await Separately(), (before.Graph, before.Screening));

        await store.Lists.SaveListAsync(Version("bbb", Entry("27383", "KOREA NAMGANG TRADING CORPORATION")), "test", null, ct);
        var listed = await store.Graph.GetVersionsAsync(ct);
        Assert.Equal(await Separately(), (listed.Graph, listed.Screening));
        Assert.Equal(before.Graph, listed.Graph);
        Assert.True(listed.Screening > before.Screening);

        dir.Write("more/nodes.csv", "id:ID,:LABEL,name,country,facilityType\nfac-more,Facility,Another Mine,CN,mine\n");
        await StoreFixture.ImportAsync(store.Graph, dir.File("more"));
        var imported = await store.Graph.GetVersionsAsync(ct);
        Assert.Equal(await Separately(), (imported.Graph, imported.Screening));
        Assert.True(imported.Graph > listed.Graph);
    }
}
