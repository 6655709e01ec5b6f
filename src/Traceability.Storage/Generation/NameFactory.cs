using System.Globalization;
using Bogus;

namespace Traceability.Storage.Generation;

/// <summary>
/// Names of people, companies, places and vessels, from Bogus locales where they read well in Latin script
/// and short romanized lists for Chinese, Korean, Russian and Japanese. One seeded randomizer drives them all.
/// </summary>
internal sealed class NameFactory
{
    private static readonly string[] CnSurnames = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "Lin", "He"];
    private static readonly string[] CnGiven = ["Wei", "Jun", "Hao", "Lei", "Jie", "Tao", "Ming", "Qiang", "Yan", "Ping", "Hua", "Jian", "Feng", "Xin", "Lan", "Bo", "Yong", "Hong"];
    private static readonly string[] CnStems = ["Huayou", "Jinchuan", "Tianqi", "Zhongxin", "Hengtai", "Xinhai", "Dongfang", "Huaxin", "Jiangnan", "Haitong", "Longsheng", "Ruifeng", "Shenghe", "Yuanda"];
    private static readonly string[] KoSurnames = ["Kim", "Ri", "Pak", "Choe", "Jong", "Kang", "Jo", "Yun", "Jang", "Han", "O", "So"];
    private static readonly string[] KoGiven = ["Chol", "Song", "Myong", "Il", "Hyok", "Nam", "Chun", "Yong", "Gwang", "Su", "Hui", "Jin", "Ho", "Sun"];
    private static readonly string[] KpStems = ["Ryonbong", "Kumsan", "Sungri", "Chonsong", "Haegumgang", "Myohyang", "Rungra", "Taedong", "Kangsong", "Sinhung", "Jangsu", "Mirae"];
    private static readonly string[] KrStems = ["Daehan", "Hanil", "Samhwa", "Dongbang", "Seohae", "Kumho", "Hyundo", "Sejin"];
    private static readonly string[] RuFirst = ["Ivan", "Sergei", "Dmitry", "Alexei", "Nikolai", "Andrei", "Olga", "Elena", "Tatiana", "Mikhail", "Pavel", "Irina"];
    private static readonly string[] RuLast = ["Ivanov", "Petrov", "Smirnov", "Kuznetsov", "Popov", "Sokolov", "Lebedev", "Kozlov", "Novikov", "Morozov", "Volkov", "Orlov"];
    private static readonly string[] RuStems = ["Sever", "Vostok", "Ural", "Sibir", "Baikal", "Amur", "Primorye", "Taiga", "Polyus", "Arktika"];
    private static readonly string[] JpLast = ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato"];
    private static readonly string[] JpFirst = ["Hiroshi", "Takashi", "Kenji", "Yuki", "Akira", "Naoko", "Haruto", "Emi", "Daisuke", "Keiko"];
    private static readonly string[] VesselWords = ["Ocean", "Pacific", "Golden", "Lucky", "Fortune", "Bright", "Eastern", "Southern", "Blue", "Silver", "Grand", "Orient", "Polar", "Coral"];
    private static readonly string[] VesselNouns = ["Star", "Pioneer", "Harmony", "Glory", "Spirit", "Wave", "Dragon", "Phoenix", "Venture", "Horizon", "Pearl", "Dawn"];
    private static readonly string[] AsianVesselWords = ["Hai Feng", "Lu Rong Yuan Yu", "Zhe Dai Yu", "Fu Yuan Yu", "Ping Tai Rong", "Hai Xing", "Jin Hai"];
    private static readonly string[] KpVesselWords = ["Kum Un San", "Sam Jong", "Paek Yang San", "Chon Ma San", "Ji Song", "Yu Jong", "Rye Song Gang", "Ka Rim Chon"];

    private static readonly Dictionary<string, string> Locales = new(StringComparer.Ordinal)
    {
        ["ES"] = "es", ["CL"] = "es", ["PE"] = "es", ["AR"] = "es", ["MX"] = "es", ["EC"] = "es", ["HN"] = "es", ["GT"] = "es", ["BO"] = "es", ["UY"] = "es",
        ["BR"] = "pt_BR", ["FR"] = "fr", ["CD"] = "fr", ["GN"] = "fr", ["MA"] = "fr", ["CM"] = "fr", ["GA"] = "fr", ["SN"] = "fr", ["BF"] = "fr", ["MG"] = "fr",
        ["BE"] = "nl", ["NL"] = "nl", ["DE"] = "de", ["CH"] = "de", ["ID"] = "id_ID", ["VN"] = "vi", ["TR"] = "tr", ["PL"] = "pl", ["FI"] = "fi",
        ["IN"] = "en_IND", ["BD"] = "en_IND", ["PK"] = "en_IND", ["NP"] = "en_IND", ["LK"] = "en_IND", ["NG"] = "en_NG", ["IT"] = "it",
    };

    private readonly Randomizer _rng;
    private readonly Faker _en;
    private readonly Dictionary<string, Faker> _fakers = new(StringComparer.Ordinal);

    public NameFactory(int seed)
    {
        _rng = new Randomizer(seed);
        _en = new Faker("en") { Random = _rng };
    }

    public string City(byte country) =>
        Places.CitiesOf(Countries.Code(country)) is { } cities ? _rng.ArrayElement(cities) : _en.Address.City();

    public string Street() => _en.Address.StreetName();

    public string LastName() => _en.Name.LastName();

    public string PersonName(byte country) => Countries.Code(country) switch
    {
        "CN" or "TW" or "HK" => $"{_rng.ArrayElement(CnSurnames)} {_rng.ArrayElement(CnGiven)}{_rng.ArrayElement(CnGiven).ToLowerInvariant()}",
        "KP" or "KR" => $"{_rng.ArrayElement(KoSurnames)} {_rng.ArrayElement(KoGiven)} {_rng.ArrayElement(KoGiven)}",
        "RU" or "BY" or "KG" or "TJ" or "UZ" or "UA" => $"{_rng.ArrayElement(RuFirst)} {_rng.ArrayElement(RuLast)}",
        "JP" => $"{_rng.ArrayElement(JpLast)} {_rng.ArrayElement(JpFirst)}",
        var c => FakerFor(c).Name.FullName(),
    };

    /// <summary>The distinctive first word(s) of a company name.</summary>
    public string CompanyStem(byte country) => Countries.Code(country) switch
    {
        "CN" or "HK" or "TW" => _rng.ArrayElement(CnStems),
        "KP" => "Korea " + _rng.ArrayElement(KpStems),
        "KR" => _rng.ArrayElement(KrStems),
        "RU" or "BY" => _rng.ArrayElement(RuStems),
        var c => _rng.Bool(0.5f) && Places.CitiesOf(c) is { } cities ? _rng.ArrayElement(cities) : FakerFor(c).Name.LastName(),
    };

    public string VesselName(byte flag, bool fishing)
    {
        var number = _rng.Number(1, 899);
        return Countries.Code(flag) switch
        {
            "KP" => $"{_rng.ArrayElement(KpVesselWords)} {number.ToString(CultureInfo.InvariantCulture)}",
            "CN" or "HK" or "TW" or "KR" => $"{_rng.ArrayElement(AsianVesselWords)} {number.ToString(CultureInfo.InvariantCulture)}",
            _ when fishing => $"{_rng.ArrayElement(AsianVesselWords)} {number.ToString(CultureInfo.InvariantCulture)}",
            _ => $"{_rng.ArrayElement(VesselWords)} {_rng.ArrayElement(VesselNouns)}{(_rng.Bool(0.4f) ? " " + Roman(_rng.Number(1, 9)) : "")}",
        };
    }

    private Faker FakerFor(string country)
    {
        if (!Locales.TryGetValue(country, out var locale)) return _en;
        if (!_fakers.TryGetValue(locale, out var faker)) _fakers[locale] = faker = new Faker(locale) { Random = _rng };
        return faker;
    }

    private static string Roman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", 6 => "VI", 7 => "VII", 8 => "VIII", _ => "IX" };
}
