namespace Traceability.Core.Screening;

/// <summary>What a list entry names.</summary>
public enum EntryKind
{
    /// <summary>A company, organization or other legal entity.</summary>
    Entity,
    /// <summary>A natural person.</summary>
    Individual,
    /// <summary>A ship.</summary>
    Vessel,
    /// <summary>An aircraft.</summary>
    Aircraft,
}
