using System.ComponentModel.DataAnnotations;

namespace Traceability.Api;

/// <summary>Limits of the HTTP API, bound from the <c>Api</c> section and validated on start.</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>Largest page a list endpoint returns.</summary>
    [Range(1, 10_000)]
    public int MaxPageSize { get; set; } = 1000;

    /// <summary>Most upstream nodes the graph endpoint returns (the web page draws them all).</summary>
    [Range(1, 100_000)]
    public int MaxGraphNodes { get; set; } = 2000;

    /// <summary>Largest JSON request body, bytes.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public long MaxJsonBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Largest import upload, bytes.</summary>
    [Range(1024, 16L * 1024 * 1024 * 1024)]
    public long MaxImportBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>Largest time budget a trace request may ask for, milliseconds.</summary>
    [Range(100, 600_000)]
    public int MaxTimeBudgetMs { get; set; } = 30_000;

    /// <summary>Most rows of a worksite report answered over HTTP (the CLI writes any size to a file).</summary>
    [Range(1, 10_000_000)]
    public int MaxReportRows { get; set; } = 100_000;

    /// <summary>Requests per minute per API key (or per address without a key).</summary>
    [Range(1, 100_000_000)]
    public int RequestsPerMinute { get; set; } = 1200;

    /// <summary>
    /// Memory for answers of the read endpoints kept per snapshot (trace, its lists and drawing, witnesses, exposure),
    /// megabytes; 0 turns the cache off.
    /// </summary>
    [Range(0, 65_536)]
    public int ResultCacheMegabytes { get; set; } = 128;

    /// <summary>Failed key attempts per minute per address before further attempts get 429.</summary>
    [Range(1, 10_000)]
    public int KeyFailuresPerMinute { get; set; } = 20;
}
