namespace Traceability.Core.Snapshots;

/// <summary>
/// The properties of a node that the rules, screening and reports read, kept in the snapshot.
/// Everything else stays in the store and is fetched when a single entity is shown.
/// </summary>
public sealed class NodeAttributes
{
    /// <summary>ISO alpha-2 country (location of a facility, seat of a company).</summary>
    public string? Country { get; init; }
    /// <summary>Facility type: mine, farm, factory, port...</summary>
    public string? FacilityType { get; init; }
    /// <summary>Sector as recorded.</summary>
    public string? Sector { get; init; }
    /// <summary>Number of workers.</summary>
    public long? Workers { get; init; }
    /// <summary>Product types a facility makes.</summary>
    public string[] ProductTypes { get; init; } = [];
    /// <summary>Nationality of a workforce or person.</summary>
    public string? Nationality { get; init; }
    /// <summary>Workforce kind: direct, agency, state-dispatched...</summary>
    public string? LaborKind { get; init; }
    /// <summary>Transport mode.</summary>
    public string? Mode { get; init; }
    /// <summary>Flag state of a vessel.</summary>
    public string? Flag { get; init; }
    /// <summary>IMO number of a vessel.</summary>
    public string? Imo { get; init; }
    /// <summary>HS code of a product or material.</summary>
    public string? HsCode { get; init; }
    /// <summary>Registration number of a company.</summary>
    public string? RegistrationNumber { get; init; }
    /// <summary>Sanctions-list entries recorded on the node (LIST:ID).</summary>
    public string[] SanctionIds { get; init; } = [];
    /// <summary>Other names.</summary>
    public string[] Aliases { get; init; } = [];
    /// <summary>Address line.</summary>
    public string? Address { get; init; }
    /// <summary>City.</summary>
    public string? City { get; init; }

    /// <summary>Attributes of a node without any.</summary>
    public static NodeAttributes None { get; } = new();
}
