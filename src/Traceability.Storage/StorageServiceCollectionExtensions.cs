using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Traceability.Core.Ownership;
using Traceability.Core.Reference;
using Traceability.Core.Screening;
using Traceability.Core.Schema;
using Traceability.Core.Storage;
using Traceability.Storage.Reference;

namespace Traceability.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Schema, clock, the store named by the <c>Storage</c> section (validated on start), importers, and the reference
    /// lists from <c>Lists:Folder</c> (default: seed-data/lists beside the program).
    /// </summary>
    public static IServiceCollection AddTraceabilityStorage(this IServiceCollection services)
    {
        services.TryAddSingleton(GraphSchema.Default);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<GraphImporter>();
        // Opening creates the file and tables on first use; a singleton opened once per process.
        services.TryAddSingleton<IGraphStore>(sp => GraphStores.OpenAsync(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetRequiredService<GraphSchema>(),
            sp.GetRequiredService<TimeProvider>(), CancellationToken.None).GetAwaiter().GetResult());
        // One store object serves every store interface.
        services.TryAddSingleton(sp => (IListStore)sp.GetRequiredService<IGraphStore>());
        services.TryAddSingleton(sp => (Core.Access.IKeyStore)sp.GetRequiredService<IGraphStore>());
        services.TryAddSingleton(sp => (Core.Audit.IAuditStore)sp.GetRequiredService<IGraphStore>());
        services.TryAddSingleton(sp => (Core.Evidence.IEvidenceStore)sp.GetRequiredService<IGraphStore>());
        services.TryAddSingleton<IReferenceListSource>(sp => new StoreReferenceListSource(sp.GetRequiredService<IListStore>(),
            new FileReferenceListSource(sp.GetRequiredService<IConfiguration>()["Lists:Folder"] is { Length: > 0 } folder ? folder : DefaultListsFolder)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISanctionSeedSource, MatchSeedSource>());
        services.TryAddSingleton(sp => new ScreeningService(sp.GetRequiredService<IGraphStore>(), sp.GetRequiredService<IListStore>(),
            double.TryParse(sp.GetRequiredService<IConfiguration>()["Screening:Threshold"], System.Globalization.CultureInfo.InvariantCulture, out var t) ? t : ScreeningDefaults.Threshold));
        services.TryAddSingleton<Lists.ListImporter>();
        return services;
    }

    public static string DefaultListsFolder => Path.Combine(AppContext.BaseDirectory, "seed-data", "lists");
}
