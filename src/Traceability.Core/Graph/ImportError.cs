namespace Traceability.Core.Graph;

/// <summary>One problem found in input: file, line, column and what is wrong.</summary>
/// <param name="File">File name, or the request part for API input.</param>
/// <param name="Line">1-based line, 0 when the problem concerns the whole file.</param>
/// <param name="Column">Column or field name, when one is at fault.</param>
/// <param name="Message">What is wrong, in plain words.</param>
public sealed record ImportError(string File, long Line, string? Column, string Message)
{
    /// <summary><c>file:line: column 'c': message</c>, the form printed by the CLI.</summary>
    public override string ToString() =>
        $"{File}{(Line > 0 ? ":" + Line : "")}: {(Column is null ? "" : $"column '{Column}': ")}{Message}";
}
