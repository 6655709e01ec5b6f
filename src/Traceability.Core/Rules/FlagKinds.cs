namespace Traceability.Core.Rules;

/// <summary>Codes and bit masks of flag kinds.</summary>
public static class FlagKinds
{
    /// <summary>All kinds in declaration order.</summary>
    public static IReadOnlyList<FlagKind> All { get; } = Enum.GetValues<FlagKind>();

    /// <summary>The output code, e.g. <c>NK_LABOR</c>.</summary>
    public static string Code(FlagKind kind) => kind switch
    {
        FlagKind.NkLabor => "NK_LABOR",
        FlagKind.DprkLocation => "DPRK_LOCATION",
        FlagKind.NkTransport => "NK_TRANSPORT",
        FlagKind.Sanctioned => "SANCTIONED",
        FlagKind.SanctionedOwnership => "SANCTIONED_OWNERSHIP",
        FlagKind.SanctionedLink => "SANCTIONED_LINK",
        FlagKind.DolListed => "DOL_LISTED",
        FlagKind.HighRiskHost => "HIGH_RISK_HOST",
        FlagKind.Untraced => "UNTRACED",
        _ => kind.ToString(),
    };

    /// <summary>Parses a code such as <c>NK_LABOR</c> (case-insensitive).</summary>
    public static bool TryParse(string code, out FlagKind kind)
    {
        foreach (var k in All)
        {
            if (string.Equals(Code(k), code, StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }
        kind = default;
        return false;
    }

    /// <summary>The bit of a kind in a mask.</summary>
    public static int Bit(FlagKind kind) => 1 << (int)kind;

    /// <summary>Kinds that make a product presumptively barred under CAATSA 321(b).</summary>
    public const int PresumptionMask = (1 << (int)FlagKind.NkLabor) | (1 << (int)FlagKind.DprkLocation);

    /// <summary>The kinds set in a mask, in declaration order.</summary>
    public static IEnumerable<FlagKind> InMask(int mask) => All.Where(k => (mask & Bit(k)) != 0);
}
