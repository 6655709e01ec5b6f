namespace Traceability.Core.Graph;

/// <summary>Input was rejected; nothing was stored. Carries every error found (up to a limit).</summary>
public sealed class ImportFailedException : Exception
{
    /// <summary>Creates the exception from the errors found.</summary>
    public ImportFailedException(IReadOnlyList<ImportError> errors)
        : base(Describe(errors)) => Errors = errors;

    /// <summary>The errors, in file and line order.</summary>
    public IReadOnlyList<ImportError> Errors { get; }

    private static string Describe(IReadOnlyList<ImportError> errors) =>
        errors.Count == 0 ? "import failed" :
        errors.Count == 1 ? errors[0].ToString() :
        $"{errors[0]} (and {errors.Count - 1} more errors)";
}
