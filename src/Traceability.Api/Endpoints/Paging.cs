using System.Globalization;
using Microsoft.Extensions.Options;
using Traceability.Core;

namespace Traceability.Api.Endpoints;

/// <summary>Offset cursors and page-size limits for list endpoints.</summary>
internal static class Paging
{
    public static int Limit(int? limit, IOptions<ApiOptions> options, int fallback = 50, int min = 1)
    {
        var value = limit ?? fallback;
        var max = options.Value.MaxPageSize;
        if (value < min || value > max) throw new QueryException("limit", $"must be between {min} and {max}");
        return value;
    }

    public static int Offset(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return 0;
        if (!cursor.StartsWith("o", StringComparison.Ordinal) || !int.TryParse(cursor.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            throw new QueryException("cursor", "is not a cursor returned by this endpoint");
        return offset;
    }

    public static string? Next(int offset, int taken, int total) =>
        offset + taken < total ? "o" + (offset + taken).ToString(CultureInfo.InvariantCulture) : null;
}
