namespace Traceability.Core.Reference;

/// <summary>A country and sector reported to host North Korean workers.</summary>
/// <param name="Country">ISO alpha-2 country.</param>
/// <param name="Sector">Sector, lower case.</param>
/// <param name="Source">Report the row comes from.</param>
/// <param name="AsOf">Date of the source.</param>
/// <param name="Status"><c>official</c>, or <c>verify</c>.</param>
public sealed record HostEntry(string Country, string Sector, string Source, string AsOf, string Status);
