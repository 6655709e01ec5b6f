using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Traceability.Api.Errors;
using Traceability.Core.Access;

namespace Traceability.Api.Auth;

/// <summary>
/// Authenticates the <c>X-Api-Key</c> header against the stored key hashes, on every request (a revoked key stops
/// working at once). Failed attempts are counted per address and answered 429 past the limit.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IKeyStore keys, KeyGuessLimiter guesses) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BlockedItem = "traceability:key-guess-blocked";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeyDefaults.Header, out var values) || values.Count == 0) return AuthenticateResult.NoResult();
        var address = Context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (guesses.IsBlocked(address, out var wait))
        {
            Context.Items[BlockedItem] = wait;
            return AuthenticateResult.Fail("too many failed API key attempts");
        }
        var key = values.ToString();
        var id = ApiKeys.IdOf(key);
        var found = id is null ? null : await keys.FindKeyAsync(id, Context.RequestAborted);
        if (found is not { } k || !ApiKeys.Matches(key, k.Hash) || !k.Key.Active)
        {
            guesses.Fail(address);
            Logger.LogWarning("rejected API key from {Address}", address);
            return AuthenticateResult.Fail(found is { Key.Active: false } ? "the API key was revoked" : "invalid API key");
        }
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, $"{k.Key.Id} ({k.Key.Name})"),
            new Claim(ApiKeyDefaults.KeyIdClaim, k.Key.Id),
            new Claim(ClaimTypes.Role, k.Key.Role.ToString().ToLowerInvariant()),
        ], ApiKeyDefaults.Scheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ApiKeyDefaults.Scheme));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Items[BlockedItem] is TimeSpan wait)
        {
            Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            await Problems.WriteAsync(Context, StatusCodes.Status429TooManyRequests, "Too many failed API key attempts",
                $"Try again in {Math.Ceiling(wait.TotalSeconds)} seconds.");
            return;
        }
        var result = await HandleAuthenticateOnceSafeAsync();
        var detail = result.Failure?.Message is { } m ? m : $"Send an API key in the {ApiKeyDefaults.Header} header (create one with `traceability keys create`).";
        await Problems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Authentication required", detail);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Forbidden",
            $"The API key's role ({Context.User.FindFirstValue(ClaimTypes.Role)}) may not use this endpoint.");
}
