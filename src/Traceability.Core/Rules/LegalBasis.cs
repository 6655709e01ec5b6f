namespace Traceability.Core.Rules;

/// <summary>The legal bases flags cite.</summary>
public static class LegalBasis
{
    /// <summary>CAATSA section 321(b).</summary>
    public const string Caatsa321b = "CAATSA §321(b), 22 U.S.C. 9241a: goods mined, produced or manufactured wholly or in part by the labor of North Korean nationals are presumed forced-labor goods barred under 19 U.S.C. 1307, unless CBP finds clear and convincing evidence otherwise";

    /// <summary>Facility in North Korea.</summary>
    public const string DprkLocation = "CAATSA §321(b) presumption; North Korea Sanctions and Policy Enhancement Act; North Korea Sanctions Regulations, 31 CFR part 510";

    /// <summary>North Koreans in transport.</summary>
    public const string NkTransport = "Other CAATSA provisions and the North Korea Sanctions Regulations (31 CFR part 510); not the §321(b) presumption";

    /// <summary>OFAC 50 Percent Rule.</summary>
    public const string Ofac50 = "OFAC 50 Percent Rule (OFAC FAQs 398-401): entities owned 50% or more in the aggregate, directly or indirectly, by blocked persons are blocked";

    /// <summary>OFAC caution for control or minority ownership.</summary>
    public const string OfacCaution = "OFAC FAQ 398: entities controlled, or owned less than 50%, by blocked persons are not automatically blocked, but dealings with them call for caution";

    /// <summary>DOL list.</summary>
    public const string Dol = "TVPRA List of Goods Produced by Child Labor or Forced Labor (U.S. Department of Labor)";

    /// <summary>Host-country advisories.</summary>
    public const string HostCountry = "North Korea Sanctions & Enforcement Actions Advisory (State, Treasury, DHS, July 2018); State Department Trafficking in Persons reports";

    /// <summary>Reasonable care.</summary>
    public const string ReasonableCare = "CBP reasonable care: know how goods are made, from raw materials to finished goods, by whom and where (19 U.S.C. 1484)";

    /// <summary>Forced-labor watch lists.</summary>
    public const string WatchList = "UFLPA Entity List (rebuttable presumption, 19 U.S.C. 1307) or CBP withhold release order / finding";

    /// <summary>Sanctions list match.</summary>
    public const string SanctionsList = "OFAC sanctions (31 CFR chapter V): dealings in property and interests of blocked persons are prohibited";
}
