using Traceability.Core;

namespace Traceability.Api.Endpoints;

/// <summary>Uploaded files saved to a private temporary folder, removed on dispose.</summary>
internal sealed class Upload : IDisposable
{
    private Upload(string folder, List<string> files)
    {
        Folder = folder;
        Files = files;
    }

    public string Folder { get; }

    public IReadOnlyList<string> Files { get; }

    public IEnumerable<string> Paths => Files.Select(f => Path.Combine(Folder, f));

    public static async Task<Upload> SaveAsync(HttpRequest request, string? extension, CancellationToken ct)
    {
        if (!request.HasFormContentType) throw new QueryException("files", "send the files as multipart/form-data");
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (InvalidDataException e)
        {
            throw new QueryException("files", "malformed multipart body: " + e.Message);
        }
        catch (IOException e) when (!ct.IsCancellationRequested)
        {
            // A body that ends before its closing boundary (or never shows the boundary it declares).
            throw new QueryException("files", "malformed multipart body: " + e.Message);
        }
        if (form.Files.Count == 0) throw new QueryException("files", "no file in the request");
        var folder = Directory.CreateTempSubdirectory("traceability-upload-").FullName;
        var names = new List<string>();
        try
        {
            foreach (var file in form.Files)
            {
                var name = Path.GetFileName(file.FileName);
                if (string.IsNullOrEmpty(name) || name.StartsWith('.') || names.Contains(name, StringComparer.Ordinal))
                    throw new QueryException("files", $"bad or repeated file name '{file.FileName}'");
                if (extension is not null && !name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                    throw new QueryException("files", $"'{name}' is not a {extension} file");
                await using var target = File.Create(Path.Combine(folder, name));
                await file.CopyToAsync(target, ct);
                names.Add(name);
            }
        }
        catch
        {
            Directory.Delete(folder, true);
            throw;
        }
        return new Upload(folder, names);
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, true); }
        catch (IOException) { }
    }
}
