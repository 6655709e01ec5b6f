using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Traceability.Core.Schema;

namespace Traceability.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Schema, clock, storage options (section <c>Storage</c>, validated on start) and importers.</summary>
    public static IServiceCollection AddTraceabilityStorage(this IServiceCollection services)
    {
        services.TryAddSingleton(GraphSchema.Default);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<GraphImporter>();
        return services;
    }
}
