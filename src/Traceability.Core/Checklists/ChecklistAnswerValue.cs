namespace Traceability.Core.Checklists;

/// <summary>An answer to a reasonable-care question.</summary>
public enum ChecklistAnswerValue
{
    /// <summary>Not known, or not answered yet.</summary>
    Unknown,
    /// <summary>Yes.</summary>
    Yes,
    /// <summary>Partly.</summary>
    Partial,
    /// <summary>No.</summary>
    No,
}
