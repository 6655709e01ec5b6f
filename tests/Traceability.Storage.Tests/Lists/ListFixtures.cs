using Traceability.Core.Screening;
using Traceability.Tests;

namespace Traceability.Storage.Tests.Lists;

/// <summary>Fixture files and lookups shared by the list parser tests.</summary>
internal static class ListFixtures
{
    /// <summary>The real OFAC legacy CSV lines of seed-data (April 2021 snapshot quoted in formats.md).</summary>
    public static string SdnSample => Path.Combine(RepoPaths.SeedData, "lists", "sdn-sample");

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Lists", "Fixtures", name);

    public static ListEntry Entry(ParsedList list, string id) => Assert.Single(list.Entries, e => e.EntryId == id);

    public static ListEntry Named(ParsedList list, string name) => Assert.Single(list.Entries, e => e.Name == name);
}
