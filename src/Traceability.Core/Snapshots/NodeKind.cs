namespace Traceability.Core.Snapshots;

/// <summary>Node labels the engines know.</summary>
public enum NodeKind : byte
{
    /// <summary>A finished good.</summary>
    Product,
    /// <summary>A raw material or intermediate.</summary>
    Material,
    /// <summary>A worksite.</summary>
    Facility,
    /// <summary>A legal entity.</summary>
    Company,
    /// <summary>A natural person.</summary>
    Person,
    /// <summary>A carrier.</summary>
    Transporter,
    /// <summary>A workforce.</summary>
    LaborSource,
    /// <summary>A label added to the schema that the engines do not interpret.</summary>
    Other,
}
