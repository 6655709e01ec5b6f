namespace Traceability.Core.Screening;

/// <summary>One name of a list entry, prepared for matching.</summary>
/// <param name="Entry">Index of the entry.</param>
/// <param name="Text">The name as listed.</param>
/// <param name="Role"><c>name</c>, <c>alias</c> or <c>weak alias</c>.</param>
/// <param name="Tokens">Match-key tokens.</param>
/// <param name="Folded">Romanization-folded tokens, parallel to <paramref name="Tokens"/>.</param>
/// <param name="Initials">Words whose first letters form the name's abbreviations.</param>
/// <param name="Qualifiers">Tokens written in parentheses (a place, a branch): missing them costs little.</param>
internal sealed record IndexedName(int Entry, string Text, string Role, string[] Tokens, string[] Folded, string[] Initials, IReadOnlySet<string> Qualifiers)
{
    public bool Weak => Role == "weak alias";

    public static IndexedName Create(int entry, string text, string role)
    {
        var tokens = NameNormalizer.Tokens(text);
        return new IndexedName(entry, text, role, tokens, [.. tokens.Select(Romanization.Fold)], NameNormalizer.InitialTokens(text), NameNormalizer.QualifierTokens(text));
    }
}
