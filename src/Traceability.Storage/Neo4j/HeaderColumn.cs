using Traceability.Core.Schema;

namespace Traceability.Storage.Neo4j;

/// <summary>One column of a neo4j-admin import header, e.g. <c>workers:int</c> or <c>:START_ID(Facility)</c>.</summary>
public sealed record HeaderColumn(int Index, string Raw, string Name, ColumnRole Role, PropertyType Type, string? IdSpace)
{
    /// <summary>Parses one header field; returns null with an error for unknown types.</summary>
    public static HeaderColumn? Parse(int index, string raw, out string? error)
    {
        error = null;
        var colon = raw.LastIndexOf(':');
        var name = colon < 0 ? raw.Trim() : raw[..colon].Trim();
        var typeText = colon < 0 ? "" : raw[(colon + 1)..].Trim();
        string? space = null;
        var paren = typeText.IndexOf('(');
        if (paren >= 0)
        {
            if (!typeText.EndsWith(')'))
            {
                error = $"header '{raw}': unclosed id space";
                return null;
            }
            space = typeText[(paren + 1)..^1];
            typeText = typeText[..paren];
        }
        var role = typeText.ToUpperInvariant() switch
        {
            "ID" => ColumnRole.Id,
            "LABEL" => ColumnRole.Label,
            "START_ID" => ColumnRole.StartId,
            "END_ID" => ColumnRole.EndId,
            "TYPE" => ColumnRole.Type,
            "IGNORE" => ColumnRole.Ignore,
            _ => ColumnRole.Property,
        };
        if (role != ColumnRole.Property) return new HeaderColumn(index, raw, name, role, PropertyType.String, space);
        if (name.Length == 0)
        {
            error = $"header '{raw}': a property column needs a name";
            return null;
        }
        if (typeText.Length == 0) return new HeaderColumn(index, raw, name, role, PropertyType.String, null);
        if (!PropertyType.TryParse(typeText, out var type))
        {
            error = $"header '{raw}': unknown type '{typeText}' (use string, int, long, float, double, boolean, date, or an array such as string[])";
            return null;
        }
        return new HeaderColumn(index, raw, name, role, type, null);
    }

    /// <summary>True when the header named a type explicitly.</summary>
    public bool Typed => Raw.Contains(':', StringComparison.Ordinal);
}
