using Traceability.Core.Reference;

namespace Traceability.Storage.Reference;

/// <summary>Reference lists read from a folder (seed-data/lists by default), re-read when a file changes.</summary>
public sealed class FileReferenceListSource(string folder) : IReferenceListSource
{
    private readonly Lock _lock = new();
    private (string Stamp, ReferenceLists Lists)? _cache;

    public string Folder { get; } = folder;

    public Task<ReferenceLists> GetAsync(CancellationToken cancellationToken)
    {
        var stamp = string.Join("|", new[] { ReferenceListReader.DolFile, ReferenceListReader.HostsFile }
            .Select(f => new FileInfo(Path.Combine(Folder, f)))
            .Select(f => f.Exists ? $"{f.Length}@{f.LastWriteTimeUtc.Ticks}" : "-"));
        lock (_lock)
        {
            if (_cache is { } c && c.Stamp == stamp) return Task.FromResult(c.Lists);
            var lists = ReferenceListReader.ReadFolder(Folder);
            _cache = (stamp, lists);
            return Task.FromResult(lists);
        }
    }
}
