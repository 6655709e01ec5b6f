using System.Security.Cryptography;
using System.Text;

namespace Traceability.Storage.Lists;

/// <summary>
/// Ids for lists that publish none (UFLPA, CBP WRO): a slug of the primary name, so an entry keeps its id across
/// editions while its name stays the same. A repeated slug gets "-2", "-3"... in file order.
/// </summary>
internal sealed class EntryIds
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string For(string name)
    {
        var slug = Slug(name);
        var id = slug;
        for (var n = 2; !_used.Add(id); n++) id = $"{slug}-{n}";
        return id;
    }

    /// <summary>Lower-case ASCII letters and digits joined by '-'; a name with none of them gets a hash.</summary>
    public static string Slug(string name)
    {
        var sb = new StringBuilder();
        foreach (var ch in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch)) sb.Append(ch);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        if (slug.Length > 80) slug = slug[..80].TrimEnd('-');
        return slug.Length > 0 ? slug : "entry-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..12];
    }
}
