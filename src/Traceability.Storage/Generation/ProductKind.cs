namespace Traceability.Storage.Generation;

/// <summary>A kind of finished good a sector ends in.</summary>
internal sealed record ProductKind(string Noun, string HsCode);
