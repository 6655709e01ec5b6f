namespace Traceability.Storage.Generation;

/// <summary>Some of a tier's inputs come from another sector's tier (tinplate for cans, copper foil for cells).</summary>
internal sealed record CrossSource(string Sector, int Level, double Rate);
