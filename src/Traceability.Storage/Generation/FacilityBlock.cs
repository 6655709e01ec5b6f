namespace Traceability.Storage.Generation;

/// <summary>A run of facility indices of one sector, tier and variant; <see cref="Variant"/> -1 marks the tier's inbound ports.</summary>
internal readonly record struct FacilityBlock(int Sector, int Level, int Variant, int Start, int Count)
{
    public bool IsPort => Variant < 0;

    public int End => Start + Count;
}
