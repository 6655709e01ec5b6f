namespace Traceability.Core.Screening;

/// <summary>Keys of the lists Traceability reads.</summary>
public static class ListKeys
{
    /// <summary>OFAC Specially Designated Nationals and Blocked Persons.</summary>
    public const string OfacSdn = "OFAC-SDN";

    /// <summary>OpenSanctions (FollowTheMoney).</summary>
    public const string OpenSanctions = "OPENSANCTIONS";

    /// <summary>UFLPA Entity List.</summary>
    public const string Uflpa = "UFLPA";

    /// <summary>CBP withhold release orders and findings.</summary>
    public const string CbpWro = "CBP-WRO";

    /// <summary>DOL List of Goods Produced by Child Labor or Forced Labor (a reference list, not screened).</summary>
    public const string Dol = "DOL";
}
