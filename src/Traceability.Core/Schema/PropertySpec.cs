using System.Globalization;
using System.Text.RegularExpressions;

namespace Traceability.Core.Schema;

/// <summary>One property of a label or relationship type, as declared in graph-schema.</summary>
public sealed record PropertySpec
{
    /// <summary>Property name as written in CSV headers and JSON.</summary>
    public required string Name { get; init; }

    /// <summary>Declared type.</summary>
    public required PropertyType Type { get; init; }

    /// <summary>True when every node or relationship must carry a value.</summary>
    public bool Required { get; init; }

    /// <summary>True when stores index the property.</summary>
    public bool Indexed { get; init; }

    /// <summary>A value format checked beyond the type; <c>country</c> means ISO 3166-1 alpha-2.</summary>
    public string? Format { get; init; }

    /// <summary>Allowed values, when the property is an enumeration.</summary>
    public IReadOnlyList<string>? Enum { get; init; }

    /// <summary>Regular expression every value must match.</summary>
    public Regex? Pattern { get; init; }

    /// <summary>Smallest allowed number.</summary>
    public double? Min { get; init; }

    /// <summary>Largest allowed number.</summary>
    public double? Max { get; init; }

    /// <summary>What the property means.</summary>
    public string? Description { get; init; }

    /// <summary>
    /// Converts CSV text to a typed value (long, double, bool, string, or an array of those) and checks it.
    /// Returns null and sets <paramref name="error"/> when the text is not a valid value.
    /// </summary>
    public object? Parse(string text, out string? error)
    {
        if (!Type.IsArray) return ParseScalar(text, out error);
        var parts = text.Split(';');
        var values = new object?[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            values[i] = ParseScalar(parts[i], out error);
            if (error is not null) return null;
        }
        error = null;
        return Type.Scalar switch
        {
            ScalarType.Int or ScalarType.Long => values.Select(v => (long)v!).ToArray(),
            ScalarType.Float or ScalarType.Double => values.Select(v => (double)v!).ToArray(),
            ScalarType.Boolean => values.Select(v => (bool)v!).ToArray(),
            _ => values.Select(v => (string)v!).ToArray(),
        };
    }

    /// <summary>Checks a value that is already typed (from JSON or another store) and normalizes it.</summary>
    public object? Normalize(object value, out string? error) => value switch
    {
        string s when Type.Scalar is ScalarType.String or ScalarType.Date && !Type.IsArray => ParseScalar(s, out error),
        long or int or double or bool when !Type.IsArray => ParseScalar(FormatValue(value), out error),
        string[] a when Type.IsArray => Parse(string.Join(';', a), out error),
        long[] a when Type.IsArray => Parse(string.Join(';', a.Select(x => FormatValue(x))), out error),
        double[] a when Type.IsArray => Parse(string.Join(';', a.Select(x => FormatValue(x))), out error),
        bool[] a when Type.IsArray => Parse(string.Join(';', a.Select(x => FormatValue(x))), out error),
        _ => Fail($"expected {Type}", out error),
    };

    /// <summary>Writes a scalar value as neo4j-admin CSV text (invariant culture).</summary>
    public static string FormatValue(object value) => value switch
    {
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        string[] a => string.Join(';', a),
        long[] a => string.Join(';', a.Select(x => x.ToString(CultureInfo.InvariantCulture))),
        double[] a => string.Join(';', a.Select(x => x.ToString("R", CultureInfo.InvariantCulture))),
        bool[] a => string.Join(';', a.Select(x => x ? "true" : "false")),
        _ => throw new ArgumentException($"unsupported property value {value.GetType().Name}", nameof(value)),
    };

    private object? ParseScalar(string text, out string? error)
    {
        switch (Type.Scalar)
        {
            case ScalarType.Int or ScalarType.Long:
                if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
                    || (Type.Scalar == ScalarType.Int && (l < int.MinValue || l > int.MaxValue)))
                    return Fail($"'{Clip(text)}' is not a valid {Type.Scalar.ToString().ToLowerInvariant()}", out error);
                return CheckRange(l, l, out error);
            case ScalarType.Float or ScalarType.Double:
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || !double.IsFinite(d))
                    return Fail($"'{Clip(text)}' is not a valid number", out error);
                return CheckRange(d, d, out error);
            case ScalarType.Boolean:
                if (text.Equals("true", StringComparison.OrdinalIgnoreCase)) { error = null; return true; }
                if (text.Equals("false", StringComparison.OrdinalIgnoreCase)) { error = null; return false; }
                return Fail($"'{Clip(text)}' is not true or false", out error);
            case ScalarType.Date:
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    return Fail($"'{Clip(text)}' is not a date (yyyy-MM-dd)", out error);
                error = null;
                return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            default:
                return CheckString(text, out error);
        }
    }

    private object? CheckString(string text, out string? error)
    {
        var value = text;
        if (Format == "country")
        {
            value = text.Trim().ToUpperInvariant();
            if (!IsoCountries.IsValid(value))
                return Fail($"'{Clip(text)}' is not an ISO 3166-1 alpha-2 country code", out error);
        }
        if (Enum is { } allowed && !allowed.Contains(value, StringComparer.Ordinal))
            return Fail($"'{Clip(text)}' is not one of {string.Join(", ", allowed)}", out error);
        if (Pattern is { } p && !p.IsMatch(value))
            return Fail($"'{Clip(text)}' does not match {p}", out error);
        error = null;
        return value;
    }

    private object? CheckRange(object value, double number, out string? error)
    {
        if (Min is { } min && number < min) return Fail($"{number.ToString(CultureInfo.InvariantCulture)} is below the minimum {min.ToString(CultureInfo.InvariantCulture)}", out error);
        if (Max is { } max && number > max) return Fail($"{number.ToString(CultureInfo.InvariantCulture)} is above the maximum {max.ToString(CultureInfo.InvariantCulture)}", out error);
        error = null;
        return value;
    }

    private static object? Fail(string message, out string? error)
    {
        error = message;
        return null;
    }

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
