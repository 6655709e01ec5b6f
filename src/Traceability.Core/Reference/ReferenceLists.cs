namespace Traceability.Core.Reference;

/// <summary>The reference lists the rules read: DOL goods and host countries for North Korean workers.</summary>
/// <param name="Dol">DOL list rows.</param>
/// <param name="Hosts">Host country and sector rows.</param>
/// <param name="Version">Identifies the lists (file hashes or import ids), printed with results.</param>
public sealed record ReferenceLists(IReadOnlyList<DolEntry> Dol, IReadOnlyList<HostEntry> Hosts, string Version)
{
    /// <summary>No lists.</summary>
    public static ReferenceLists Empty { get; } = new([], [], "none");

    /// <summary>DOL rows for a country.</summary>
    public IEnumerable<DolEntry> DolFor(string country) => Dol.Where(d => d.Country == country);

    /// <summary>Host rows for a country.</summary>
    public IEnumerable<HostEntry> HostsFor(string country) => Hosts.Where(h => h.Country == country);
}
