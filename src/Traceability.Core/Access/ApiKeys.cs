using System.Security.Cryptography;
using System.Text;

namespace Traceability.Core.Access;

/// <summary>
/// API key text: <c>trk_&lt;id&gt;_&lt;secret&gt;</c>, 32 random bytes of secret. Keys are high-entropy, so a
/// SHA-256 of the whole key is stored (a slow password hash would add nothing) and compared in constant time.
/// </summary>
public static class ApiKeys
{
    private const string Prefix = "trk_";

    /// <summary>A new key and its id.</summary>
    public static (string Id, string Key) Create()
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (id, $"{Prefix}{id}_{secret}");
    }

    /// <summary>The id part of a key, or null when the text is not a key.</summary>
    public static string? IdOf(string key)
    {
        if (!key.StartsWith(Prefix, StringComparison.Ordinal) || key.Length > 200) return null;
        var end = key.IndexOf('_', Prefix.Length);
        return end > Prefix.Length ? key[Prefix.Length..end] : null;
    }

    /// <summary>The stored hash of a key.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Constant-time comparison of a key with a stored hash.</summary>
    public static bool Matches(string key, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(storedHash));
}
