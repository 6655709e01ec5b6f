using Traceability.Core.Screening;

namespace Traceability.Core.Tests.Screening;

/// <summary>A small list in the shape of the OFAC SDN and UFLPA entries the labeled pairs are judged against.</summary>
internal static class ScreeningFixture
{
    private static ListEntry E(string id, string name, string[]? aka = null, string[]? weak = null, string[]? countries = null,
        EntryKind kind = EntryKind.Entity, string list = "OFAC-SDN", EntryIdentifier[]? ids = null) => new()
        {
            List = list,
            EntryId = id,
            Kind = kind,
            Name = name,
            Aliases = aka ?? [],
            WeakAliases = weak ?? [],
            Countries = countries ?? ["KP"],
            Identifiers = ids ?? [],
            Blocking = list == "OFAC-SDN",
        };

    public static readonly IReadOnlyList<ListEntry> Entries =
    [
        E("19611", "KOREA GENERAL CORPORATION FOR EXTERNAL CONSTRUCTION", ["KOREA GENERAL COMPANY FOR EXTERNAL CONSTRUCTION"], ["KOGEN", "GENCO", "ZENKO"], ["KP", "RU"]),
        E("27383", "KOREA NAMGANG TRADING CORPORATION", ["DPRK NAMGANG TRADING COMPANY"]),
        E("22704", "QINGDAO CONSTRUCTION (NAMIBIA) CC", countries: ["NA"], ids: [new("registration", "2008/0598", "NA")]),
        E("23165", "PU HUNG 1", kind: EntryKind.Vessel, ids: [new("imo", "8703933")]),
        E("20578", "MANSUDAE OVERSEAS PROJECT GROUP OF COMPANIES", ["MANSUDAE ART STUDIO"], countries: ["KP", "NA", "AO"]),
        E("27254", "BEIJING SUKBAKSO", countries: ["CN"]),
        E("23083", "EXTERNAL CONSTRUCTION BUREAU"),
        E("9345", "KOREA MINING DEVELOPMENT TRADING CORPORATION", weak: ["KOMID"]),
        E("10001", "KOREA RYONBONG GENERAL CORPORATION", ["KOREA YONBONG GENERAL CORPORATION", "LYONGAKSAN GENERAL TRADING CORPORATION"]),
        E("10002", "KOREA RUNGRADO GENERAL TRADING CORPORATION"),
        E("10003", "CHONGCHONGANG SHIPPING COMPANY", ["CHONG CHON GANG SHIPPING CO LTD"]),
        E("10004", "OCEAN MARITIME MANAGEMENT COMPANY, LIMITED", weak: ["OMM"]),
        E("10005", "KOREA KWANGSON BANKING CORP", weak: ["KKBC"]),
        E("10006", "TANCHON COMMERCIAL BANK"),
        E("10007", "KOREA HYOKSIN TRADING CORPORATION"),
        E("10008", "KOREA TANGUN TRADING CORPORATION"),
        E("10009", "MOKRAN LLC", countries: ["RU"]),
        E("10010", "KOREA CHOLSAN GENERAL TRADING CORPORATION"),
        E("10011", "KIM, Jong Un", kind: EntryKind.Individual),
        E("10012", "RI, Song Hyok", ["RI, Song-Hyok"], kind: EntryKind.Individual),
        E("10013", "CHOE, Ryong Hae", kind: EntryKind.Individual),
        E("10014", "PAK, Pong Ju", kind: EntryKind.Individual),
        E("10015", "CHON MA SAN", kind: EntryKind.Vessel, ids: [new("imo", "8660313")]),
        E("10016", "KOREA KUMSAN TRADING CORPORATION"),
        E("10017", "DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD", countries: ["CN"]),
        E("10018", "KOREA PAEKSOL TRADING CORPORATION"),
        E("u-1", "Hoshine Silicon Industry (Shanshan) Co., Ltd", ["Hesheng Silicon Industry (Shanshan) Co."], countries: ["CN"], list: "UFLPA"),
        E("u-2", "Xinjiang Production and Construction Corps", weak: ["XPCC"], countries: ["CN"], list: "UFLPA"),
    ];

    public static readonly ScreeningIndex Index = ScreeningIndex.Build(Entries);
}
