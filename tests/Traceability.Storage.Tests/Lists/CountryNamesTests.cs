using Traceability.Core.Schema;
using Traceability.Storage.Lists;

namespace Traceability.Storage.Tests.Lists;

public sealed class CountryNamesTests
{
    [Theory]
    [InlineData("Korea, North", "KP")]
    [InlineData("Democratic People's Republic of Korea", "KP")]
    [InlineData("KOREA (NORTH)", "KP")]
    [InlineData("Korea, South", "KR")]
    [InlineData("China", "CN")]
    [InlineData("Russia", "RU")]
    [InlineData("Namibia", "NA")]
    [InlineData("Burma", "MM")]
    [InlineData("Congo, Democratic Republic of the", "CD")]
    [InlineData("Congo, Republic of the", "CG")]
    [InlineData("Côte d’Ivoire", "CI")]
    [InlineData("the Bahamas", "BS")]
    [InlineData("St. Kitts and Nevis", "KN")]
    [InlineData("  united   states ", "US")]
    [InlineData("Türkiye", "TR")]
    [InlineData("West Bank", "PS")]
    public void ToIso_KnownSpelling_GivesCode(string name, string code) => Assert.Equal(code, CountryNames.ToIso(name));

    [Theory]
    [InlineData("Kosovo")]
    [InlineData("Region: Crimea")]
    [InlineData("undetermined")]
    [InlineData("")]
    [InlineData(null)]
    public void ToIso_NoAssignedCode_GivesNull(string? name) => Assert.Null(CountryNames.ToIso(name));

    [Fact]
    public void Table_EveryIsoCode_HasAName()
    {
        var missing = IsoCountries.All.Where(c => !CountryNames.NamesOf(c).Any()).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Table_EveryName_MapsBackToItsCode()
    {
        foreach (var code in IsoCountries.All)
            foreach (var name in CountryNames.NamesOf(code))
                Assert.Equal(code, CountryNames.ToIso(name));
    }

    [Theory]
    [InlineData("kp", "KP")]
    [InlineData(" CN ", "CN")]
    [InlineData("xk", null)]
    [InlineData("suhh", null)]
    public void FromCode_LowerCaseIso_UpperCasesOnlyAssignedCodes(string code, string? expected) => Assert.Equal(expected, CountryNames.FromCode(code));
}
