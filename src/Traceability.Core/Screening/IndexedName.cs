namespace Traceability.Core.Screening;

/// <summary>One name of a list entry, prepared for matching.</summary>
/// <param name="Entry">Index of the entry.</param>
/// <param name="Text">The name as listed.</param>
/// <param name="Role"><c>name</c>, <c>alias</c> or <c>weak alias</c>.</param>
/// <param name="Prepared">Match-key tokens and what scoring derives from them.</param>
/// <param name="Initials">Words whose first letters form the name's abbreviations.</param>
/// <param name="Qualifiers">Tokens written in parentheses (a place, a branch): missing them costs little.</param>
internal sealed record IndexedName(int Entry, string Text, string Role, NameTokens Prepared, string[] Initials, IReadOnlySet<string> Qualifiers)
{
    public bool Weak => Role == "weak alias";

    /// <summary>Match-key tokens.</summary>
    public string[] Tokens => Prepared.Tokens;

    public static IndexedName Create(int entry, string text, string role) =>
        new(entry, text, role, NameTokens.Of(NameNormalizer.Tokens(text)), NameNormalizer.InitialTokens(text), NameNormalizer.QualifierTokens(text));
}
