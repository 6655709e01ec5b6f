using System.Globalization;
using System.Security.Cryptography;
using Traceability.Core.Graph;
using Traceability.Core.Snapshots;

namespace Traceability.Core.Evidence;

/// <summary>
/// Checks evidence items before they are stored: known kind, a node of a label evidence can be about, a title, a real
/// date not after today, an existing file (hashed here, SHA-256) or an absolute http(s) URL, not both.
/// </summary>
public static class EvidenceIntake
{
    /// <summary>Labels evidence may be attached to.</summary>
    public static IReadOnlySet<NodeKind> Attachable { get; } = new HashSet<NodeKind>
    {
        NodeKind.Facility, NodeKind.Transporter, NodeKind.LaborSource, NodeKind.Company, NodeKind.Product,
    };

    /// <summary>Longest title, issuer, path or URL accepted.</summary>
    public const int MaxText = 2000;

    /// <summary>
    /// Checks one item; returns the draft, or null after adding (column, message) pairs to <paramref name="problems"/>.
    /// </summary>
    /// <param name="graph">The graph the node must be in.</param>
    /// <param name="input">The item as given.</param>
    /// <param name="files">How to resolve its file path.</param>
    /// <param name="today">Dates after this day are refused.</param>
    /// <param name="problems">Receives the problems found, each naming its field.</param>
    public static EvidenceDraft? Check(GraphSnapshot graph, EvidenceInput input, EvidenceFiles files, DateOnly today, List<(string Field, string Message)> problems)
    {
        var before = problems.Count;
        var node = Trim(input.Node);
        if (node is null) problems.Add(("node", "is required"));
        else if (!graph.TryGetIndex(new NodeId(node), out var v)) problems.Add(("node", $"no node with id '{Clip(node)}' in the graph"));
        else if (!Attachable.Contains(graph.KindOf(v)))
            problems.Add(("node", $"'{node}' is a {graph.KindOf(v)}; evidence is attached to a Facility, Transporter, LaborSource, Company or Product"));

        var kindText = Trim(input.Kind);
        EvidenceKind? kind = null;
        if (kindText is null) problems.Add(("kind", "is required"));
        else if (!EvidenceKinds.TryGet(kindText, out kind)) problems.Add(("kind", $"unknown evidence kind '{Clip(kindText)}' (use {string.Join(", ", EvidenceKinds.Ids)})"));

        var title = Trim(input.Title);
        if (title is null) problems.Add(("title", "is required"));
        else if (title.Length > MaxText) problems.Add(("title", $"longer than {MaxText} characters"));

        DateOnly? date = null;
        if (Trim(input.Date) is { } d)
        {
            if (!DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                problems.Add(("date", $"'{Clip(d)}' is not a date (yyyy-MM-dd)"));
            else if (parsed > today) problems.Add(("date", $"{d} is after today ({today:yyyy-MM-dd})"));
            else date = parsed;
        }

        var issuer = Trim(input.Issuer);
        if (issuer is { Length: > MaxText }) problems.Add(("issuer", $"longer than {MaxText} characters"));

        var url = Trim(input.Url);
        if (url is not null && (url.Length > MaxText || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            problems.Add(("url", $"'{Clip(url)}' is not an absolute http or https URL"));

        string? file = null, sha = null;
        if (Trim(input.File) is { } f)
        {
            if (url is not null) problems.Add(("file", "give a file or a URL, not both"));
            else (file, sha) = Hash(f, files, problems);
        }
        if (problems.Count > before) return null;
        return new EvidenceDraft(new NodeId(node!), kind!.Id, title!, date, issuer, file, url, sha);
    }

    private static (string?, string?) Hash(string path, EvidenceFiles files, List<(string, string)> problems)
    {
        if (path.Length > MaxText) { problems.Add(("file", $"longer than {MaxText} characters")); return (null, null); }
        var baseFolder = Path.GetFullPath(files.BaseFolder);
        string full;
        try
        {
            full = Path.GetFullPath(Path.Combine(baseFolder, path));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            problems.Add(("file", $"'{Clip(path)}' is not a valid path"));
            return (null, null);
        }
        if (files.Confined && (Path.IsPathRooted(path) || Path.GetDirectoryName(full) != baseFolder.TrimEnd(Path.DirectorySeparatorChar)))
        {
            problems.Add(("file", $"'{Clip(path)}' must be the name of a file uploaded with the request"));
            return (null, null);
        }
        if (!File.Exists(full))
        {
            problems.Add(("file", files.Confined ? $"no uploaded file named '{Clip(path)}'" : $"no such file: {full}"));
            return (null, null);
        }
        using var stream = File.OpenRead(full);
        var sha = Convert.ToHexStringLower(SHA256.HashData(stream));
        return (files.Confined ? Path.GetFileName(full) : full, sha);
    }

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Clip(string s) => s.Length <= 80 ? s : s[..80] + "...";
}
