namespace Traceability.Core.Evidence;

/// <summary>One kind of evidence an importer may present to rebut the CAATSA 321(b) presumption (DHS FAQ list).</summary>
/// <param name="Id">Stable id, e.g. <c>workforce-composition</c>.</param>
/// <param name="Number">Position in the FAQ's list, 1 to 13.</param>
/// <param name="Title">The FAQ's wording.</param>
/// <param name="Required">False for kinds that apply only in some cases (fee reimbursement, when fees were reimbursed).</param>
public sealed record EvidenceKind(string Id, int Number, string Title, bool Required = true);
