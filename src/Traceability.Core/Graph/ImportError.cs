namespace Traceability.Core.Graph;

/// <summary>One problem found in input: file, line, column and what is wrong.</summary>
/// <param name="File">File name, or the request part for API input.</param>
/// <param name="Line">1-based line, 0 when the problem concerns the whole file.</param>
/// <param name="Column">Column or field name, when one is at fault.</param>
/// <param name="Message">What is wrong, in plain words.</param>
public sealed record ImportError(string File, long Line, string? Column, string Message)
{
    /// <summary>Longest message and column kept: errors quote the bad value, and a bad value may be a megabyte long.</summary>
    public const int MaxLength = 500;

    /// <summary>The column or field at fault, cut to <see cref="MaxLength"/> characters.</summary>
    public string? Column { get; init; } = Clip(Column);

    /// <summary>What is wrong, cut to <see cref="MaxLength"/> characters.</summary>
    public string Message { get; init; } = Clip(Message)!;

    /// <summary><c>file:line: column 'c': message</c>, the form printed by the CLI.</summary>
    public override string ToString() =>
        $"{File}{(Line > 0 ? ":" + Line : "")}: {(Column is null ? "" : $"column '{Column}': ")}{Message}";

    private static string? Clip(string? text) =>
        text is { Length: > MaxLength } ? $"{text[..(MaxLength - 40)]}... ({text.Length} characters in all)" : text;
}
