namespace Traceability.Core.Schema;

/// <summary>Scalar property types, named as in neo4j-admin import headers.</summary>
public enum ScalarType
{
    /// <summary>Text (the default when a header names no type).</summary>
    String,
    /// <summary>32-bit integer, stored as a 64-bit integer.</summary>
    Int,
    /// <summary>64-bit integer.</summary>
    Long,
    /// <summary>Floating point, stored as double.</summary>
    Float,
    /// <summary>Double-precision floating point.</summary>
    Double,
    /// <summary>true or false.</summary>
    Boolean,
    /// <summary>Calendar date, written yyyy-MM-dd.</summary>
    Date,
}
