namespace Traceability.Tests;

/// <summary>Folders of the repository the tests run from.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SeedData => Path.Combine(Root, "seed-data");

    public static string SeedGraph => Path.Combine(Root, "seed-data", "graph");

    public static string GraphSchema => Path.Combine(Root, "graph-schema");

    public static string Artifacts(string name)
    {
        var dir = Path.Combine(Root, "artifacts", "test", name);
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Traceability.sln"))) return dir.FullName;
        throw new InvalidOperationException("Traceability.sln not found above " + AppContext.BaseDirectory);
    }
}
