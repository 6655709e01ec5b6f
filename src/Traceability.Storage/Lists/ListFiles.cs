using System.Security.Cryptography;
using Traceability.Core.Graph;

namespace Traceability.Storage.Lists;

/// <summary>File checks and the content hash shared by the list parsers.</summary>
internal static class ListFiles
{
    /// <summary>SHA-256 over the bytes of every file in the order given, lower-case hex.</summary>
    public static string Sha256(IEnumerable<string> paths)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        foreach (var path in paths)
        {
            using var stream = File.OpenRead(path);
            int n;
            while ((n = stream.Read(buffer)) > 0) hash.AppendData(buffer, 0, n);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Adds an error unless <paramref name="path"/> is an existing file; true when it is.</summary>
    public static bool CheckFile(string path, List<ImportError> errors)
    {
        if (File.Exists(path)) return true;
        errors.Add(new(path, 0, null, Directory.Exists(path) ? "is a folder; this format reads one file" : "no such file"));
        return false;
    }

    /// <summary>Adds an "empty file" error when the file holds no bytes; true when it has content.</summary>
    public static bool CheckNotEmpty(string path, List<ImportError> errors)
    {
        if (new FileInfo(path).Length > 0) return true;
        errors.Add(new(Path.GetFileName(path), 0, null, "empty file"));
        return false;
    }

    /// <summary>Throws <see cref="ImportFailedException"/> when any error was found.</summary>
    public static void ThrowIfAny(List<ImportError> errors)
    {
        if (errors.Count > 0) throw new ImportFailedException(errors);
    }

    /// <summary>True once enough errors were found to stop reading.</summary>
    public static bool TooMany(List<ImportError> errors) => errors.Count >= BatchValidator.MaxErrors;
}
