namespace Traceability.Tests.Malformed;

/// <summary>
/// One broken input for one importer: the files (name to bytes), the file at fault, the line the error must name when
/// the mutation fixes it (null when any line will do), words the message must contain and the field it must name.
/// </summary>
public sealed record MalformedCase(string Importer, string Name, IReadOnlyDictionary<string, byte[]> Files, string FaultFile,
    long? Line = null, string? Expect = null, string? Column = null)
{
    public override string ToString() => $"{Importer}: {Name}";
}
