using System.Security.Cryptography;
using Traceability.Core.Audit;
using Traceability.Core.Graph;
using Traceability.Core.Screening;

namespace Traceability.Storage.Lists;

/// <summary>
/// Imports a list file set: parses it, stores it as a new version (a no-op when the same file was imported before),
/// and re-screens the graph so that the report says which nodes became matched or stopped matching. The DOL list
/// replaces the shipped one for the DOL_LISTED rule.
/// </summary>
public sealed class ListImporter(IListStore lists, ScreeningService screening)
{
    public const string DolFormat = "dol";

    public static IReadOnlyList<string> Formats { get; } = [.. ListParsers.Formats, DolFormat];

    public async Task<(ListVersion Version, bool Added, MatchSync? Changes)> ImportAsync(string format, IReadOnlyList<string> paths,
        string actor, AuditEvent? audit, CancellationToken ct)
    {
        if (format != DolFormat) return await screening.ImportAsync(ListParsers.Parse(format, paths), actor, audit, ct);
        var entries = ListParsers.ParseDol(paths);
        if (entries.Count == 0) throw new ImportFailedException([new ImportError(Path.GetFileName(paths[0]), 0, null, "the file holds no DOL rows")]);
        var sha = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(paths[0], ct)));
        var (version, added) = await lists.SaveDolAsync(entries, sha, paths, actor, audit, ct);
        return (version, added, null);
    }
}
