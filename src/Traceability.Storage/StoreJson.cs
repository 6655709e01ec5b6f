using System.Text.Json;
using System.Text.Json.Serialization;

namespace Traceability.Storage;

/// <summary>JSON settings for values stored in text or JSONB columns.</summary>
internal static class StoreJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
