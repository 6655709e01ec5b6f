namespace Traceability.Core.Reports;

/// <summary>A supplier's answers to the reasonable-care questions, counted (unanswered questions count as unknown).</summary>
/// <param name="Yes">Answered yes.</param>
/// <param name="Partial">Answered partial.</param>
/// <param name="No">Answered no.</param>
/// <param name="Unknown">Answered unknown, or not answered.</param>
public sealed record ChecklistTally(int Yes, int Partial, int No, int Unknown);
