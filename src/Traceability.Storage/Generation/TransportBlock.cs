namespace Traceability.Storage.Generation;

/// <summary>A run of transporter indices carrying one mode of goods into one sector's tier (vessels, trucks, ...).</summary>
internal readonly record struct TransportBlock(int Sector, int Level, int Mode, int Start, int Count)
{
    public int End => Start + Count;
}
