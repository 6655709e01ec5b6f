namespace Traceability.Core.Reports;

/// <summary>What a worksite report covers.</summary>
public enum ScopeKind
{
    /// <summary>Every product an importer IMPORTS.</summary>
    Importer,
    /// <summary>One product.</summary>
    Product,
    /// <summary>Every product in the graph.</summary>
    All,
}
