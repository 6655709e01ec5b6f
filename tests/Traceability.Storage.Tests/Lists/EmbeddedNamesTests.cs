using Traceability.Storage.Lists;

namespace Traceability.Storage.Tests.Lists;

public sealed class EmbeddedNamesTests
{
    [Fact]
    public void SplitList_CommasWithLegalForms_KeepsFormsWithTheirNames()
    {
        Assert.Equal(["A Co., Ltd.", "B Inc.", "C Co., Ltd."], EmbeddedNames.SplitList("A Co., Ltd., B Inc., and C Co., Ltd."));
    }

    [Fact]
    public void SplitList_Semicolons_SplitOnlyThere()
    {
        Assert.Equal(["A, B and Sons Co., Ltd.", "C (Holdings; Group) Ltd."], EmbeddedNames.SplitList("A, B and Sons Co., Ltd.; and C (Holdings; Group) Ltd."));
    }

    [Fact]
    public void TakeAliasGroups_NestedParentheses_TakesTheWholeGroup()
    {
        var (text, aliases) = EmbeddedNames.TakeAliasGroups("Hoshine Silicon Industry (Shanshan) Co., Ltd (including one alias: Hesheng Silicon Industry (Shanshan) Co.) and subsidiaries");

        Assert.Equal("Hoshine Silicon Industry (Shanshan) Co., Ltd and subsidiaries", text);
        Assert.Equal(["Hesheng Silicon Industry (Shanshan) Co."], aliases);
    }

    [Fact]
    public void TakeAliasGroups_OrdinaryParentheses_StayInTheName()
    {
        var (text, aliases) = EmbeddedNames.TakeAliasGroups("Example (Group) Ltd");

        Assert.Equal("Example (Group) Ltd", text);
        Assert.Empty(aliases);
    }
}
