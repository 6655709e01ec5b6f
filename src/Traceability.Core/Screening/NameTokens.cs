namespace Traceability.Core.Screening;

/// <summary>
/// The tokens of one name and what the scorer derives from them, computed once: for a listed name when the index is
/// built, for a query once per screening. Scoring a candidate then allocates nothing unless words have to be merged.
/// </summary>
internal sealed class NameTokens
{
    private NameTokens(string[] tokens)
    {
        Tokens = tokens;
        Folded = [.. tokens.Select(Romanization.Fold)];
        var pairs = Math.Max(0, tokens.Length - 1);
        Joined = new string[pairs];
        JoinedFolds = new string[pairs];
        FoldsOfJoined = new string[pairs];
        for (var i = 0; i < pairs; i++)
        {
            Joined[i] = tokens[i] + tokens[i + 1];
            JoinedFolds[i] = Folded[i] + Folded[i + 1];
            FoldsOfJoined[i] = Romanization.Fold(Joined[i]);
        }
        Concat = string.Concat(tokens);
        ConcatFolded = string.Concat(Folded);
    }

    /// <summary>Match-key tokens.</summary>
    public string[] Tokens { get; }

    /// <summary>Romanization-folded tokens, parallel to <see cref="Tokens"/>.</summary>
    public string[] Folded { get; }

    /// <summary>Each token joined with the next.</summary>
    public string[] Joined { get; }

    /// <summary>Each folded token joined with the next folded token.</summary>
    public string[] JoinedFolds { get; }

    /// <summary>The folded form of each <see cref="Joined"/>.</summary>
    public string[] FoldsOfJoined { get; }

    /// <summary>All tokens written together.</summary>
    public string Concat { get; }

    /// <summary>All folded tokens written together.</summary>
    public string ConcatFolded { get; }

    public static NameTokens Of(string[] tokens) => new(tokens);
}
