using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Traceability.Core.Rules;

namespace Traceability.Api.Endpoints;

/// <summary>
/// Serialized answers of the read endpoints whose result is a function of the URL and the snapshot (trace, its lists,
/// its drawing, witnesses, exposure), kept per <see cref="RiskIndex"/>: a snapshot and its flags never change, and a new
/// graph, list or seed version brings a new index and so an empty cache. Each answer carries a strong ETag; a client
/// sending it back in If-None-Match gets 304 without a body. Bounded by <see cref="ApiOptions.ResultCacheMegabytes"/>,
/// least recently used answers leave first; results cut by the wall-clock budget are never kept (another run may finish).
/// </summary>
public sealed class ResultCache(IOptions<ApiOptions> options, IOptions<JsonOptions> json)
{
    private sealed class Entry(byte[] body, string etag, long used)
    {
        public byte[] Body { get; } = body;
        public string ETag { get; } = etag;
        public long Used = used;
        public long Size => Body.Length + ETag.Length * 2 + 128;
    }

    private sealed class Generation(RiskIndex owner)
    {
        public RiskIndex Owner { get; } = owner;
        public ConcurrentDictionary<string, Entry> Entries { get; } = new(StringComparer.Ordinal);
        public long Bytes;
    }

    private readonly long _budget = (long)options.Value.ResultCacheMegabytes * 1024 * 1024;
    private readonly JsonSerializerOptions _json = json.Value.SerializerOptions;
    private readonly Lock _evicting = new();
    private Generation? _current;
    private long _clock;
    private long _hits;
    private long _misses;

    /// <summary>Answers served from the cache, and answers computed.</summary>
    public (long Hits, long Misses) Counts => (Interlocked.Read(ref _hits), Interlocked.Read(ref _misses));

    /// <summary>Bytes held for the current snapshot (bodies, tags and bookkeeping).</summary>
    public long Bytes => Volatile.Read(ref _current) is { } g ? Interlocked.Read(ref g.Bytes) : 0;

    /// <summary>
    /// Answers the request from the cache, or computes the answer with <paramref name="compute"/> (which says whether it
    /// may be kept) and keeps it. The key is the request's path and query string.
    /// </summary>
    public IResult Serve<T>(HttpContext http, RiskIndex risk, Func<(T Value, bool Cacheable)> compute)
    {
        var generation = GenerationOf(risk);
        var key = http.Request.Path.Value + http.Request.QueryString.Value;
        if (generation.Entries.TryGetValue(key, out var entry))
        {
            Interlocked.Increment(ref _hits);
            entry.Used = Interlocked.Increment(ref _clock);
            return Answer(http, entry);
        }
        Interlocked.Increment(ref _misses);
        var (value, cacheable) = compute();
        var body = JsonSerializer.SerializeToUtf8Bytes(value, _json);
        entry = new Entry(body, '"' + Convert.ToBase64String(SHA256.HashData(body).AsSpan(0, 18)).Replace('+', '-').Replace('/', '_') + '"',
            Interlocked.Increment(ref _clock));
        if (cacheable && entry.Size <= _budget / 8 && generation.Entries.TryAdd(key, entry)
            && Interlocked.Add(ref generation.Bytes, entry.Size) > _budget)
            Evict(generation);
        return Answer(http, entry);
    }

    private Generation GenerationOf(RiskIndex risk)
    {
        var current = Volatile.Read(ref _current);
        if (current is not null && ReferenceEquals(current.Owner, risk)) return current;
        var fresh = new Generation(risk);
        // Requests still holding an older index compute without disturbing the current generation.
        if (current is not null && current.Owner.Graph.Version > risk.Graph.Version) return fresh;
        var seen = Interlocked.CompareExchange(ref _current, fresh, current);
        return ReferenceEquals(seen, current) ? fresh : GenerationOf(risk);
    }

    private void Evict(Generation generation)
    {
        lock (_evicting)
        {
            if (Interlocked.Read(ref generation.Bytes) <= _budget) return;
            // Oldest first down to three quarters of the budget, so eviction runs rarely.
            foreach (var (key, entry) in generation.Entries.OrderBy(e => Volatile.Read(ref e.Value.Used)).ToArray())
            {
                if (Interlocked.Read(ref generation.Bytes) <= _budget * 3 / 4) break;
                if (generation.Entries.TryRemove(key, out _)) Interlocked.Add(ref generation.Bytes, -entry.Size);
            }
        }
    }

    private static IResult Answer(HttpContext http, Entry entry)
    {
        http.Response.Headers.ETag = entry.ETag;
        http.Response.Headers.CacheControl = "private, no-cache";
        foreach (var tag in http.Request.Headers.IfNoneMatch)
            if (tag is not null && (tag == "*" || tag.Split(',').Any(t => t.Trim() == entry.ETag)))
                return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.Bytes(entry.Body, "application/json; charset=utf-8");
    }
}
