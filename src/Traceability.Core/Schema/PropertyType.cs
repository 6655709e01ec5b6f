namespace Traceability.Core.Schema;

/// <summary>A property type: a scalar or an array of scalars (<c>string[]</c>).</summary>
/// <param name="Scalar">The element type.</param>
/// <param name="IsArray">True for arrays, written with <c>[]</c> and split on <c>;</c> in CSV.</param>
public readonly record struct PropertyType(ScalarType Scalar, bool IsArray)
{
    /// <summary>The plain string type.</summary>
    public static PropertyType String { get; } = new(ScalarType.String, false);

    /// <summary>Parses a neo4j-admin type name such as <c>int</c>, <c>string[]</c> or <c>date</c>.</summary>
    public static bool TryParse(string text, out PropertyType type)
    {
        var t = text.Trim();
        var isArray = t.EndsWith("[]", StringComparison.Ordinal);
        if (isArray) t = t[..^2];
        ScalarType? scalar = t.ToLowerInvariant() switch
        {
            "string" => ScalarType.String,
            "int" or "short" or "byte" => ScalarType.Int,
            "long" => ScalarType.Long,
            "float" => ScalarType.Float,
            "double" => ScalarType.Double,
            "boolean" => ScalarType.Boolean,
            "date" => ScalarType.Date,
            _ => null,
        };
        type = scalar is { } s ? new PropertyType(s, isArray) : default;
        return scalar is not null;
    }

    /// <summary>True when values of <paramref name="other"/> can be stored in a property of this type.</summary>
    public bool Accepts(PropertyType other) =>
        IsArray == other.IsArray && (Scalar == other.Scalar || Family(Scalar) == Family(other.Scalar));

    private static int Family(ScalarType s) => s switch
    {
        ScalarType.Int or ScalarType.Long => 1,
        ScalarType.Float or ScalarType.Double => 2,
        _ => 10 + (int)s,
    };

    /// <summary>The neo4j-admin spelling, e.g. <c>string[]</c>.</summary>
    public override string ToString() => Scalar.ToString().ToLowerInvariant() + (IsArray ? "[]" : "");
}
