namespace Traceability.Api.Auth;

public static class ApiKeyDefaults
{
    public const string Scheme = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string KeyIdClaim = "traceability:key-id";
}
