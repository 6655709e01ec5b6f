namespace Traceability.Storage.Generation;

/// <summary>
/// Generates a synthetic supply network as neo4j-admin import CSV: sectors tiered from mines, farms,
/// fisheries and forests to the plants that make finished goods, multi-sourced and overlapping, with
/// carriers and ports on the way, owners in pyramids, workforces and recruiters, importers, and rare
/// findings (KP sites, KP-flagged vessels, North Korean workforces, sanctioned owners, recycling cycles,
/// untraced branches); about 2.4 relationships per node, or as many as <see cref="GeneratorOptions.RelationshipsPerNode"/>
/// asks. Deterministic: the same options give byte-identical files. Rows are streamed;
/// memory holds a few small arrays per facility, not the graph.
/// </summary>
public sealed class NetworkGenerator
{
    private readonly GeneratorOptions _options;
    private readonly NetworkPlan _plan;

    /// <summary>Checks the options (throws <see cref="ArgumentException"/>) and sizes the network.</summary>
    public NetworkGenerator(GeneratorOptions options)
    {
        options.Validate();
        _options = options;
        _plan = options.Products is { } products ? NetworkPlan.ForProducts(products) : NetworkPlan.ForNodes(options.Nodes!.Value);
    }

    /// <summary>Finished products the network will have.</summary>
    public int Products => _plan.Products;

    /// <summary>Nodes the network will have.</summary>
    public long PlannedNodes => _plan.Nodes;

    /// <summary>
    /// Writes <c>nodes-&lt;Label&gt;.csv</c> and <c>rels-&lt;TYPE&gt;.csv</c> into <paramref name="folder"/>, replacing
    /// files of those names; other files there are left alone. Progress messages go to <paramref name="progress"/>.
    /// </summary>
    public GenerationResult Generate(string folder, IProgress<string>? progress = null, CancellationToken ct = default)
    {
        var source = _options.Source ?? $"synthetic (seed {_options.Seed})";
        using (var writer = new NetworkWriter(folder, source))
        {
            new NetworkBuild(_options, _plan, writer, progress, ct).Run();
            return new GenerationResult(_options.Seed, _plan.Products, writer.NodeCounts, writer.RelationshipCounts, writer.Files);
        }
    }
}
