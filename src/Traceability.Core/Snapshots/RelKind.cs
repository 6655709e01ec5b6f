namespace Traceability.Core.Snapshots;

/// <summary>Relationship types the engines know.</summary>
public enum RelKind : byte
{
    /// <summary>Goods flow from start to end.</summary>
    Supplies,
    /// <summary>A facility extracts or makes a material.</summary>
    Produces,
    /// <summary>Ownership stake.</summary>
    Owns,
    /// <summary>Control without ownership.</summary>
    Operates,
    /// <summary>A workforce works at a worksite or on a transporter.</summary>
    WorksAt,
    /// <summary>Recruitment of a workforce.</summary>
    Recruits,
    /// <summary>Importer of record.</summary>
    Imports,
    /// <summary>A type added to the schema that the engines do not interpret.</summary>
    Other,
}
