using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Traceability.Api.Json;

/// <summary>JSON settings shared by the API and the CLI's --json output.</summary>
public static class ApiJson
{
    public static void Configure(JsonSerializerOptions o)
    {
        o.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        o.DictionaryKeyPolicy = null;
        o.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        o.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        // {"role": "investigator", "role": "admin"} is an error, not "the last one wins".
        o.AllowDuplicateProperties = false;
        o.Converters.Add(new BigIntegerConverter());
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    }

    public static JsonSerializerOptions Create(bool indented)
    {
        var o = new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = indented };
        Configure(o);
        return o;
    }
}
