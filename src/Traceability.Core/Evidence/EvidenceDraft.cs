using Traceability.Core.Graph;

namespace Traceability.Core.Evidence;

/// <summary>An evidence item checked and ready to store (the file already hashed).</summary>
/// <param name="Node">The node it is about.</param>
/// <param name="Kind">Evidence kind id.</param>
/// <param name="Title">What the document is.</param>
/// <param name="Date">Date of the document.</param>
/// <param name="Issuer">Who issued it.</param>
/// <param name="File">File path or name as recorded.</param>
/// <param name="Url">Where it is published.</param>
/// <param name="Sha256">SHA-256 of the file.</param>
public sealed record EvidenceDraft(NodeId Node, string Kind, string Title, DateOnly? Date, string? Issuer, string? File, string? Url, string? Sha256);
