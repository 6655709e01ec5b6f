namespace Traceability.Core.Rules;

/// <summary>One rule: a stable id, the kind of flag it raises, and how it finds them.</summary>
public interface IFlagRule
{
    /// <summary>Stable id, e.g. <c>nk-labor.worksite</c>.</summary>
    string Id { get; }

    /// <summary>The kind of flag raised.</summary>
    FlagKind Kind { get; }

    /// <summary>Finds every flag in the graph: (supply-path node index, flag).</summary>
    IEnumerable<(int Node, Flag Flag)> Evaluate(RuleContext context);
}
