using Traceability.Core.Graph;

namespace Traceability.Core.Checklists;

/// <summary>A recorded answer to a reasonable-care question for one supplier.</summary>
/// <param name="Supplier">The supplier (company, facility or transporter).</param>
/// <param name="Question">Question id.</param>
/// <param name="Answer">The answer.</param>
/// <param name="Date">When the answer was given or last checked.</param>
/// <param name="Note">Why, or where it is documented.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="RecordedAt">When (UTC).</param>
public sealed record ChecklistAnswer(NodeId Supplier, string Question, ChecklistAnswerValue Answer, DateOnly? Date, string? Note, string RecordedBy, DateTimeOffset RecordedAt);
