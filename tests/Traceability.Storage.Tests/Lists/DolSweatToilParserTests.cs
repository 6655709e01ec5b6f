using Traceability.Core.Reference;
using Traceability.Storage.Lists;
using Traceability.Tests;

namespace Traceability.Storage.Tests.Lists;

/// <summary>DOL's SweatToilAll_CountryGoods table.</summary>
public sealed class DolSweatToilParserTests
{
    // Illustrative rows in the column layout of SweatToilAll_CountryGoods; not read from DOL's data.
    private const string Csv = """
        id,assessment_id,year,country_id,country,good_id,good,child_labor,forced_labor,forced_child_labor
        1,10,2020,5,Turkmenistan,7,Cotton,N,Y,N
        2,11,2022,6,"Korea, North",8,Coal,,X,
        3,12,2022,7,"Congo, Democratic Republic of the (DRC)",9,Cobalt Ore (Heterogenite),Y,N,N
        4,13,2022,8,Burma,10,Rubies,N,N,Y
        5,14,2024,5,Turkmenistan,7,Cotton,Y,Y,N
        """;

    private static IReadOnlyList<DolEntry> Parse(string csv)
    {
        using var dir = new TempDirectory();
        return ListParsers.ParseDol([dir.Write("SweatToilAll_CountryGoods.csv", csv)]);
    }

    [Fact]
    public void ParseDol_Rows_MapCountryNamesAndFlags()
    {
        var rows = Parse(Csv);

        Assert.Equal(new DolEntry("KP", "Coal", false, true, null, "US DOL ILAB List of Goods, 2022 (year only known)", "2022-01-01", "official"),
            Assert.Single(rows, r => r.Country == "KP"));
        Assert.Equal(["TM", "KP", "CD", "MM"], rows.Select(r => r.Country));
    }

    [Fact]
    public void ParseDol_ForcedChildLabor_CountsAsBoth()
    {
        var ruby = Assert.Single(Parse(Csv), r => r.Country == "MM");

        Assert.True(ruby.ChildLabor);
        Assert.True(ruby.ForcedLabor);
    }

    [Fact]
    public void ParseDol_SameGoodInTwoYears_KeepsTheLatest()
    {
        var cotton = Assert.Single(Parse(Csv), r => r.Country == "TM");

        Assert.Equal(("2024-01-01", true, true), (cotton.AsOf, cotton.ChildLabor, cotton.ForcedLabor));
    }
}
