using System.Text.Json;
using Traceability.Api.Json;

namespace Traceability.Cli;

internal static class CliJson
{
    public static readonly JsonSerializerOptions Options = ApiJson.Create(indented: true);

    public static void Write<T>(TextWriter output, T value) => output.WriteLine(JsonSerializer.Serialize(value, Options));
}
