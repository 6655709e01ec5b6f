using System.Globalization;
using Traceability.Core.Screening;

namespace Traceability.Core.Tests.Screening;

/// <summary>
/// Recall and precision of screening at the default threshold on labeled pairs: true variants (abbreviations,
/// suffix changes, romanization, word order, punctuation, aliases, weak aliases) and hard negatives (generic words,
/// one shared distinctive token, weak aliases inside longer names).
/// </summary>
public sealed class LabeledScreeningTests(ITestOutputHelper output)
{
    public const double MinimumRecall = 0.95;
    public const double MinimumPrecision = 0.95;

    /// <summary>Query name and the entry it names (null: it names none of the fixture's entries).</summary>
    internal static readonly (string Query, string? Entry)[] Pairs =
    [
        // Suffixes, abbreviations, punctuation, case, word order
        ("Korea General Corporation for External Construction", "19611"),
        ("Korea General Corp. for External Construction", "19611"),
        ("KOREA GENERAL CO FOR EXTERNAL CONSTRUCTION LTD", "19611"),
        ("Korea General Company for External Construction", "19611"),
        ("External Construction, Korea General Corporation", "19611"),
        ("Korea General Corporation for External-Construction", "19611"),
        ("korea general corporation, for external construction", "19611"),
        ("KOGEN", "19611"),
        ("Genco", "19611"),
        ("ZENKO", "19611"),
        ("ＫＯＧＥＮ", "19611"),
        ("Korea Namgang Trading Corp", "27383"),
        ("Korea Namkang Trading Corporation", "27383"),
        ("DPRK Namgang Trading Co.", "27383"),
        ("Namgang Trading Corporation", "27383"),
        ("Korea Nam Gang Trading", "27383"),
        ("Koréa Namgang Trading", "27383"),
        ("NAMGANG TRADING CORP (KOREA)", "27383"),
        ("Qingdao Construction (Namibia) CC", "22704"),
        ("Qingdao Construction Namibia Close Corporation", "22704"),
        ("Qingdao Construction Namibia", "22704"),
        ("QINGDAO CONSTRUCTION NAMIBIA C.C.", "22704"),
        ("PU HUNG 1", "23165"),
        ("Pu Hung No. 1", "23165"),
        ("Puhung 1", "23165"),
        ("Mansudae Overseas Project Group of Companies", "20578"),
        ("Mansoodae Overseas Projects", "20578"),
        ("Mansudae Art Studio", "20578"),
        ("MANSUDAE OVERSEAS PROJECT GROUP", "20578"),
        ("Mansudae Overseas Project Group Co., Ltd.", "20578"),
        ("Beijing Sukbakso", "27254"),
        ("Beijing Sukbakso Co Ltd", "27254"),
        ("Sukbakso", "27254"),
        ("Beijing Sukpakso", "27254"),
        ("External Construction Bureau", "23083"),
        ("EXTERNAL CONSTRUCTION BUREAU (DPRK)", "23083"),
        ("Korea Mining Development Trading Corporation", "9345"),
        ("Korea Mining Development Trading Corp.", "9345"),
        ("KOMID", "9345"),
        ("Komid", "9345"),
        ("Korea Ryonbong General Corporation", "10001"),
        ("Korea Yonbong General Corp", "10001"),
        ("Ryonbong General Corp", "10001"),
        ("Korea Ryon Bong General Corporation", "10001"),
        ("Yonbong General Corporation", "10001"),
        ("Lyongaksan General Trading Corp", "10001"),
        ("Ryongaksan General Trading Corporation", "10001"),
        ("Korea Rungrado General Trading Corporation", "10002"),
        ("Korea Ryungrado General Trading Corp", "10002"),
        ("Rungrado General Trading", "10002"),
        ("Ryungrado Trading Corporation", "10002"),
        ("Korea Rungrado General Trading Co Ltd", "10002"),
        ("Chongchongang Shipping Company", "10003"),
        ("Chong Chon Gang Shipping", "10003"),
        ("Chongchon'gang Shipping Co", "10003"),
        ("CHONGCHONGANG SHIPPING CO LTD", "10003"),
        ("Chong Chongang Shipping Company", "10003"),
        ("Ocean Maritime Management Company Limited", "10004"),
        ("Ocean Maritime Management Co., Ltd.", "10004"),
        ("OMM", "10004"),
        ("Ocean Maritime Management", "10004"),
        ("Korea Kwangson Banking Corporation", "10005"),
        ("Kwangson Banking Corp", "10005"),
        ("KKBC", "10005"),
        ("Korea Kwangsun Banking Corp", "10005"),
        ("Tanchon Commercial Bank", "10006"),
        ("Tanchon Bank", "10006"),
        ("TANCHON COMMERCIAL BANK (TCB)", "10006"),
        ("Korea Hyoksin Trading Corp", "10007"),
        ("Hyoksin Trading", "10007"),
        ("Korea Hyoksin Trading Corporation, Pyongyang", "10007"),
        ("Korea Tangun Trading Corporation", "10008"),
        ("Korea Dangun Trading", "10008"),
        ("Tangun Trading Corp", "10008"),
        ("Mokran LLC", "10009"),
        ("OOO Mokran", "10009"),
        ("Mokran", "10009"),
        ("ООО Mokran", "10009"),
        ("Korea Cholsan General Trading Corporation", "10010"),
        ("Cholsan General Trading", "10010"),
        ("Korea Chol San General Trading Corp", "10010"),
        ("Kim Jong Un", "10011"),
        ("KIM Jong-un", "10011"),
        ("Jong Un Kim", "10011"),
        ("Kim Jong-Un", "10011"),
        ("Ri Song Hyok", "10012"),
        ("Ri Song-Hyok", "10012"),
        ("Lee Song Hyok", "10012"),
        ("Yi Song Hyok", "10012"),
        ("RI SONGHYOK", "10012"),
        ("Choe Ryong Hae", "10013"),
        ("Choi Ryong Hae", "10013"),
        ("Choe Ryong-hae", "10013"),
        ("Choe Ryonghae", "10013"),
        ("Pak Pong Ju", "10014"),
        ("Park Pong Ju", "10014"),
        ("Pak Bong Ju", "10014"),
        ("Chon Ma San", "10015"),
        ("Chonmasan", "10015"),
        ("CHON MA SAN (vessel)", "10015"),
        ("Korea Kumsan Trading Corporation", "10016"),
        ("Kumsan Trading Corp", "10016"),
        ("Dandong Hongxiang Industrial Development Co Ltd", "10017"),
        ("Dandong Hongxiang Industrial Development Company", "10017"),
        ("Hongxiang Industrial Development Co., Ltd. (Dandong)", "10017"),
        ("Korea Paeksol Trading Corporation", "10018"),
        ("Paeksol Trading Co", "10018"),
        ("Hoshine Silicon Industry (Shanshan) Co., Ltd", "UFLPA:u-1"),
        ("Hesheng Silicon Industry (Shanshan)", "UFLPA:u-1"),
        ("Hoshine Silicon Industry Shanshan Company Limited", "UFLPA:u-1"),
        ("HOSHINE SILICON INDUSTRY (SHAN SHAN) CO LTD", "UFLPA:u-1"),
        ("Xinjiang Production and Construction Corps", "UFLPA:u-2"),
        ("XPCC", "UFLPA:u-2"),
        ("Xinjiang Production & Construction Corp.", "UFLPA:u-2"),

        // Written after the rules were settled, as a check on over-fitting
        ("Korea General Corp for Ext. Construction", "19611"),
        ("Korea Gen. Corporation for External Construction", "19611"),
        ("Construction External Korea General", "19611"),
        ("Korea Namgang Trading Company Limited", "27383"),
        ("Namgang Trading Company", "27383"),
        ("Qingdao Construction (Namibia) Close Corporation", "22704"),
        ("Mansudae Overseas Project Group of Cos.", "20578"),
        ("Mansudae Overseas Project Group of Companies (MOP)", "20578"),
        ("Sukbakso Beijing", "27254"),
        ("Korea Mining Development Trading", "9345"),
        ("Ryonbong General Corporation, Korea", "10001"),
        ("Korea Yonbong Gen. Corp.", "10001"),
        ("Rungrado Trading Corporation", "10002"),
        ("Chongchon Gang Shipping Company", "10003"),
        ("Ocean Maritime Management Company Ltd (OMM)", "10004"),
        ("Kwangson Banking Corporation", "10005"),
        ("Tanchon Commercial Bank, Pyongyang", "10006"),
        ("Hyoksin Trading Corporation", "10007"),
        ("Tangun Trading Corporation (Korea)", "10008"),
        ("Mokran Limited Liability Company", "10009"),
        ("Cholsan General Trading Corp.", "10010"),
        ("KIM JONG UN", "10011"),
        ("Song Hyok Ri", "10012"),
        ("Ryong Hae Choe", "10013"),
        ("Pong Ju Pak", "10014"),
        ("Kumsan Trading Corporation, Korea", "10016"),
        ("Hongxiang Industrial Development Co Ltd", "10017"),
        ("Paeksol Trading Corporation", "10018"),
        ("Hoshine Silicon Industry", "UFLPA:u-1"),
        ("Xinjiang Production and Construction Corps (XPCC)", "UFLPA:u-2"),
        ("Korea General Import Export Corporation", null),
        ("General Corporation for Overseas Construction", null),
        ("Namibia Construction Company", null),
        ("Qingdao Ocean Shipping", null),
        ("Beijing Trading Company", null),
        ("Mining Development Corporation of Korea", null),
        ("Ryugyong Trading Company", null),
        ("Chongjin Shipping Company", null),
        ("Ocean Marine Services Ltd", null),
        ("Kwangmyong Banking Corporation", null),
        ("Kim Il Sung University", null),
        ("Ri Yong Ho", null),
        ("Silicon Valley Bank", null),
        ("Xinjiang Goldwind Science", null),
        ("Hongkong Trading Co Ltd", null),
        // A third batch, written after the second round of rule changes: it measured recall 97.6%, precision 98.8%;
        // the rule for contracted business words (Mgmt, Trdg, Grp) came after it and is the only change it informed.
        ("Korea Generl Corporation for External Construction", "19611"),
        ("Korea General Corporation for Externel Construction", "19611"),
        ("Namgnag Trading Corporation", "27383"),
        ("Korea Namgang Trdg Corp", "27383"),
        ("Qingdao Constructions Namibia CC", "22704"),
        ("Mansudae Overseas Project Grp", "20578"),
        ("Mansudea Overseas Project Group", "20578"),
        ("Beijing Sukbakso Trading Co", "27254"),
        ("K.O.M.I.D.", "9345"),
        ("Korea Ryonbong Genral Corp", "10001"),
        ("Rungardo General Trading Corporation", "10002"),
        ("Chongchongang Shiping Company", "10003"),
        ("Ocean Maritime Mgmt Co", "10004"),
        ("Tanchon Comercial Bank", "10006"),
        ("Korea Hyoksin Trding Corporation", "10007"),
        ("Cholsan Genral Trading", "10010"),
        ("Ri Songhyok", "10012"),
        ("Choe Ryong-Hae", "10013"),
        ("Dandong Hong Xiang Industrial Development", "10017"),
        ("Hoshine Silicon Ind. (Shanshan) Co Ltd", "UFLPA:u-1"),
        ("Korea Ryonha Machinery Joint Venture Corporation", null),
        ("Korea Pugang Trading Corporation", null),
        ("Korea Sobaeksu Trading Company", null),
        ("Namchongang Trading Corporation", null),
        ("Korea Kwangsong Banking Corporation", null),
        ("Tanchon Port Authority", null),
        ("Mansudae Fountain Park", null),
        ("Beijing Sukbakso Hotel Management", null),
        ("Mokran Shipping Agency", null),
        ("Kim Jong Il", null),
        ("Ri Su Yong", null),
        ("Choe Hwi", null),
        // Hard negatives: generic words only
        ("Korea General Trading Corporation", null),
        ("Korea International Trading Company", null),
        ("General Construction Corporation", null),
        ("Korea Trading Corporation", null),
        ("External Trade Company", null),
        ("Korea Construction Group", null),
        ("Korea Mining Corporation", null),
        ("General Trading LLC", null),
        ("International Development Corporation", null),
        ("Korea Ocean Shipping Corporation", null),
        ("Korea Overseas Construction Group", null),
        ("Beijing Construction Engineering Group", null),
        ("Dandong Seafood Trading Co", null),
        ("DPRK General Bureau", null),
        ("North Korea Development Trading Corp", null),
        ("China National Trading Corporation", null),
        ("Korea Industrial Development Bank", null),
        ("Overseas Project Management Ltd", null),
        ("General Maritime Management", null),
        ("Blue Ocean Capital Partners", null),
        // Weak aliases inside longer names
        ("Genco Shipping & Trading Limited", null),
        ("Kogen Logistics", null),
        ("Zenko Industries Japan", null),
        ("OMM Capital Partners", null),
        ("Komid Pharma", null),
        ("KKBC Holdings", null),
        ("XPCC Solar Power", null),
        ("Genco Energy Services", null),
        // One distinctive token in common
        ("Namgang Restaurant Group Vladivostok", null),
        ("Qingdao Haier Co Ltd", null),
        ("Mansudae Hotel", null),
        ("Tanchon Mining Company", null),
        ("Hoshine Solar Technology", null),
        ("Xinjiang Cotton Company", null),
        ("Hongxiang Electronics", null),
        ("Cholsan Restaurant", null),
        ("Sukbakso Noodle House", null),
        ("Tangun Pharmaceutical Factory", null),
        ("Rungrado May Day Stadium", null),
        ("Chongchongang Hydroelectric Power Station", null),
        ("Kwangson Bakery", null),
        ("Hyoksin Medical Equipment", null),
        ("Mokran Fishing Cooperative", null),
        ("Paeksol Hotel Pyongyang", null),
        // Near spellings of different names
        ("Mansfield Overseas Projects", null),
        ("Rungis Trading", null),
        ("Ryonggang Trading", null),
        ("Korea Kumsong Trading", null),
        ("Pu Hung 2", null),
        ("Puhung Trading", null),
        ("Kim Jong Nam", null),
        ("Kim Yong Chol", null),
        ("Ri Song Il", null),
        ("Choe Son Hui", null),
        ("Park Jong Su", null),
        ("Pak Yong Sik", null),
        ("Kim Jong Suk", null),
        ("Hesong Trading Company", null),
        ("Namsan Trading Corporation", null),
        ("Hoshin Silicon Valley Partners", null),
        ("Yonbyon General Corporation", null),
        ("Tangshan Trading Corporation", null),
        ("Chonma Electric Machine Works", null),
        ("Ryongsong Machine Complex", null),
        ("Sungri Motor Works", null),
        // Unrelated
        ("Acme Widgets Inc", null),
        ("Shenzhen Bright Star Electronics Co Ltd", null),
        ("Pacific Ocean Fisheries Ltd", null),
        ("Vladivostok Sea Port", null),
        ("Maersk Line", null),
        ("Samsung Electronics Co Ltd", null),
        ("Hyundai Heavy Industries", null),
        ("Kolwezi Artisanal Mining Cooperative", null),
        ("Dhaka Knitwear Ltd", null),
        ("Lima Pima Cotton SAC", null),
    ];

    [Fact]
    public void LabeledPairs_AtDefaultThreshold_MeetRecallAndPrecisionMinimums()
    {
        Assert.True(Pairs.Length >= 150, $"{Pairs.Length} pairs");
        var threshold = ScreeningDefaults.Threshold;
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var (query, expected) in Pairs)
        {
            var top = ScreeningFixture.Index.Screen(new ScreeningQuery(query), threshold, 1).FirstOrDefault();
            var want = expected is null ? null : expected.Contains(':') ? expected : "OFAC-SDN:" + expected;
            var got = top?.Entry.Reference;
            if (want is not null && got == want) tp++;
            else if (want is not null)
            {
                fn++;
                if (got is not null) fp++;
                output.WriteLine($"MISSED  {query} -> want {want}, got {got ?? "nothing"} {Describe(query)}");
            }
            else if (got is not null)
            {
                fp++;
                output.WriteLine($"FALSE   {query} -> {got} {top!.Score.ToString(CultureInfo.InvariantCulture)}: {top.Features[0].Detail}");
            }
            else tn++;
        }
        var recall = tp / (double)(tp + fn);
        var precision = tp / (double)Math.Max(1, tp + fp);
        output.WriteLine($"screening at threshold {threshold}: {Pairs.Length} pairs, recall {recall:P1} ({tp}/{tp + fn}), precision {precision:P1} ({tp}/{tp + fp}), true negatives {tn}");
        TestContext.Current.SendDiagnosticMessage($"screening recall {recall:P1}, precision {precision:P1} on {Pairs.Length} labeled pairs");
        Assert.True(recall >= MinimumRecall, $"recall {recall:P1} below {MinimumRecall:P0}");
        Assert.True(precision >= MinimumPrecision, $"precision {precision:P1} below {MinimumPrecision:P0}");
    }

    private static string Describe(string query)
    {
        var m = ScreeningFixture.Index.Screen(new ScreeningQuery(query), 0.0, 1).FirstOrDefault();
        return m is null ? "(no candidate)" : $"(best {m.Entry.Reference} {m.Score.ToString(CultureInfo.InvariantCulture)}: {m.Features[0].Detail})";
    }
}
