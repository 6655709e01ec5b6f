namespace Traceability.Core.Checklists;

/// <summary>One of CBP's reasonable-care questions on forced labor.</summary>
/// <param name="Id">Stable id, e.g. <c>supplier-vetting</c>.</param>
/// <param name="Number">Position in CBP's list, 1 to 13.</param>
/// <param name="Text">CBP's wording.</param>
public sealed record ReasonableCareQuestion(string Id, int Number, string Text);
