using Traceability.Core.Screening;
using Traceability.Storage.Lists;

namespace Traceability.Storage.Tests.Lists;

/// <summary>Items of OFAC Remarks beyond those in the sample lines.</summary>
public sealed class OfacRemarksTests
{
    private static ListEntry Apply(string remarks)
    {
        var e = new EntryBuilder("OFAC-SDN", "1", 1) { Name = "X" };
        OfacRemarks.Apply(remarks, e);
        return e.Build();
    }

    [Fact]
    public void Apply_DocumentsWithAndWithoutCountry_KeepValueAndCountry()
    {
        var e = Apply("DOB 1956; Passport L 191609; Passport 563410090 (Korea, North) expires 17 May 2021; Tax ID No. 7701234567 (Russia); MMSI 445123000.");

        Assert.Equal(
            [
                new EntryIdentifier("passport", "L 191609"),
                new EntryIdentifier("passport", "563410090", "KP"),
                new EntryIdentifier("tax", "7701234567", "RU"),
                new EntryIdentifier("mmsi", "445123000"),
            ],
            e.Identifiers);
    }

    [Fact]
    public void Apply_NationalityAndCitizen_GiveCountries()
    {
        Assert.Equal(["KP", "CN"], Apply("nationality Korea, North; citizen China; Gender Male.").Countries);
    }

    [Fact]
    public void Apply_WeakAliasEndingTheRemarks_KeepsItsOwnPeriod()
    {
        Assert.Equal(["EXAMPLE CO."], Apply("a.k.a. 'EXAMPLE CO.'.").WeakAliases);
    }

    [Fact]
    public void Apply_RegistrationWithUnknownCountry_KeepsNumberWithoutCountry()
    {
        Assert.Equal(new EntryIdentifier("registration", "12345", null), Assert.Single(Apply("Registration Number 12345 (Atlantis).").Identifiers));
    }
}
