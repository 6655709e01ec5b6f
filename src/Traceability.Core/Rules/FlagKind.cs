namespace Traceability.Core.Rules;

/// <summary>What a flag says about a node; written in output as NK_LABOR, DPRK_LOCATION and so on.</summary>
public enum FlagKind
{
    /// <summary>North Korean workforce at a worksite that mines, grows, produces or processes (CAATSA 321(b)).</summary>
    NkLabor,
    /// <summary>A facility located in North Korea.</summary>
    DprkLocation,
    /// <summary>North Korean nationals in the movement of goods: KP-flagged or KP-crewed carriers, KP workforce at ports and warehouses.</summary>
    NkTransport,
    /// <summary>The node matches a sanctions-list entry.</summary>
    Sanctioned,
    /// <summary>Blocked under OFAC's 50 Percent Rule.</summary>
    SanctionedOwnership,
    /// <summary>Operated by, recruited by, or significantly but not 50% owned by a blocked party (caution).</summary>
    SanctionedLink,
    /// <summary>Country and good on the DOL List of Goods Produced by Child Labor or Forced Labor.</summary>
    DolListed,
    /// <summary>Country and sector reported to host North Korean workers.</summary>
    HighRiskHost,
    /// <summary>A path ends before reaching an origin.</summary>
    Untraced,
}
