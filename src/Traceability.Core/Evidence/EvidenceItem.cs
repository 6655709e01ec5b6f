using Traceability.Core.Graph;

namespace Traceability.Core.Evidence;

/// <summary>A piece of due-diligence evidence on file, attached to a worksite, workforce, company or product.</summary>
/// <param name="Id">Store id.</param>
/// <param name="Node">The node it is about.</param>
/// <param name="Kind">Evidence kind id (see <see cref="EvidenceKinds"/>).</param>
/// <param name="Title">What the document is.</param>
/// <param name="Date">Date of the document (issue or audit date), when known.</param>
/// <param name="Issuer">Who issued it (auditor, supplier, NGO...).</param>
/// <param name="File">File path or name of the document, when there is a file.</param>
/// <param name="Url">Where it is published, when it is online.</param>
/// <param name="Sha256">SHA-256 of the file, computed when the item was added.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="RecordedAt">When it was recorded (UTC).</param>
public sealed record EvidenceItem(long Id, NodeId Node, string Kind, string Title, DateOnly? Date, string? Issuer, string? File, string? Url,
    string? Sha256, string RecordedBy, DateTimeOffset RecordedAt);
