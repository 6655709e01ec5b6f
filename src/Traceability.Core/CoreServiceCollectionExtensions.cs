using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Traceability.Core.Snapshots;

namespace Traceability.Core;

/// <summary>Registration of the engines' services.</summary>
public static class CoreServiceCollectionExtensions
{
    /// <summary>The snapshot and flag cache (needs an IGraphStore and an IReferenceListSource).</summary>
    public static IServiceCollection AddTraceabilityCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RiskIndexProvider>(sp => new RiskIndexProvider(
            sp.GetRequiredService<Storage.IGraphStore>(),
            sp.GetRequiredService<Reference.IReferenceListSource>(),
            sp.GetServices<Ownership.ISanctionSeedSource>()));
        return services;
    }
}
