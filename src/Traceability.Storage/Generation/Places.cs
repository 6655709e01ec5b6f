namespace Traceability.Storage.Generation;

/// <summary>Real place names and company-name suffixes per country, so generated sites read plausibly.</summary>
internal static class Places
{
    private const string CityTable =
        "AE:Dubai,Abu Dhabi,Sharjah,Jebel Ali;AR:Buenos Aires,Puerto Madryn,Mar del Plata,Rosario;AU:Perth,Port Hedland,Brisbane,Melbourne,Kalgoorlie;" +
        "BD:Dhaka,Chittagong,Gazipur,Narayanganj,Savar;BE:Antwerp,Olen,Ghent;BF:Bobo-Dioulasso,Ouagadougou,Koudougou;BO:Potosi,Oruro,La Paz;" +
        "BR:Sao Paulo,Santos,Belem,Manaus,Vitoria,Belo Horizonte;BS:Nassau,Freeport;BY:Minsk,Brest,Gomel;CA:Vancouver,Montreal,Sudbury,Halifax;" +
        "CD:Kolwezi,Lubumbashi,Likasi,Kisangani,Matadi;CH:Zug,Geneva,Zurich;CL:Antofagasta,Santiago,Calama,Valparaiso;CM:Douala,Yaounde,Kribi;" +
        "CN:Ganzhou,Quzhou,Qingdao,Dalian,Zhoushan,Ningbo,Shenzhen,Dongguan,Xiamen,Tianjin,Hunchun,Dandong,Urumqi,Kashgar,Foshan,Shanghai;" +
        "DE:Hamburg,Bremen,Duisburg,Munich,Leipzig;EC:Manta,Guayaquil,Machala,Posorja;ES:Vigo,Bermeo,Cadiz;ET:Hawassa,Addis Ababa,Mekelle;" +
        "FI:Kokkola,Harjavalta,Kotka,Oulu;FR:Le Havre,Lyon,Nancy,Bordeaux;GA:Libreville,Port-Gentil;GB:London,Felixstowe,Manchester,Leicester;" +
        "GN:Kamsar,Boke,Conakry;GT:Guatemala City,Escuintla;HK:Hong Kong,Kowloon,Tsuen Wan;HN:San Pedro Sula,Choloma,Puerto Cortes;" +
        "HU:Debrecen,Komarom,Budapest;ID:Jakarta,Bitung,Morowali,Surabaya,Kendari,Semarang,Batam;IN:Tiruppur,Ludhiana,Surat,Visakhapatnam,Mumbai,Chennai,Kochi,Ahmedabad;" +
        "JO:Irbid,Amman,Aqaba;JP:Yokohama,Osaka,Kobe,Nagoya,Hachinohe;KH:Phnom Penh,Sihanoukville,Kampong Speu;KI:Tarawa,Kiritimati;" +
        "KG:Bishkek,Osh;KM:Moroni;KP:Chongjin,Nampo,Wonsan,Hamhung,Sinuiju,Rason,Pyongyang,Musan;KR:Busan,Ulsan,Pohang,Gwangyang,Incheon;" +
        "KW:Kuwait City,Shuwaikh;KY:George Town;LA:Vientiane,Savannakhet;LK:Colombo,Katunayake,Biyagama;LR:Monrovia,Buchanan;LU:Luxembourg;" +
        "LV:Riga,Ventspils,Liepaja;MA:Bou Azzer,Casablanca,Marrakesh;MG:Toamasina,Antananarivo;MH:Majuro;MM:Yangon,Mandalay,Myitkyina,Hpakant;" +
        "MN:Ulaanbaatar,Erdenet,Darkhan;MT:Valletta,Marsaxlokk;MX:Monterrey,Tijuana,Ciudad Juarez,Manzanillo,Guadalajara;MY:Port Klang,Penang,Johor Bahru,Kuching,Muar;" +
        "MZ:Balama,Nacala,Pemba,Maputo;NC:Noumea,Thio,Kouaoua;NG:Lagos,Port Harcourt;NL:Rotterdam,Amsterdam;NO:Sunndalsora,Mosjoen,Oslo;NP:Kathmandu,Biratnagar;" +
        "NZ:Christchurch,Napier,Dunedin;PA:Panama City,Colon,Balboa;PE:Callao,Paita,Chimbote,Arequipa,Cerro de Pasco;PG:Lae,Port Moresby,Madang,Kimbe;" +
        "PH:General Santos,Manila,Davao,Surigao,Cebu;PK:Faisalabad,Karachi,Lahore,Multan;PL:Gdansk,Szczecin,Lodz,Poznan,Wroclaw;QA:Doha,Mesaieed;" +
        "RU:Vladivostok,Nakhodka,Murmansk,Khabarovsk,Arkhangelsk,Tomsk,Norilsk,Chelyabinsk,Magadan,Blagoveshchensk;SG:Singapore,Jurong;SL:Freetown;SN:Dakar,Thies;" +
        "TG:Lome;TH:Samut Sakhon,Songkhla,Bangkok,Laem Chabang,Rayong;TJ:Dushanbe,Khujand;TM:Ashgabat,Mary,Turkmenabat;TR:Istanbul,Izmir,Denizli,Bursa,Kayseri;" +
        "TW:Kaohsiung,Keelung,Taichung;UA:Kyiv,Odesa,Lviv,Zhytomyr;US:Seattle,Houston,Los Angeles,Memphis,Lubbock,Savannah,Newark,Dutch Harbor,Pittsburgh;" +
        "UY:Montevideo;UZ:Tashkent,Fergana,Bukhara,Samarkand;VG:Road Town;VN:Ho Chi Minh City,Hai Phong,Binh Duong,Da Nang,Ca Mau,Dong Nai,Bac Ninh;" +
        "ZA:Durban,Richards Bay,Johannesburg,Port Elizabeth;ZM:Kitwe,Ndola,Chingola,Solwezi;ZW:Bikita,Harare,Bulawayo";

    private const string SuffixTable =
        "CN:Co. Ltd.;HK:Limited;TW:Co. Ltd.;KR:Co. Ltd.;JP:K.K.;KP:General Corporation;RU:OOO;BY:OAO;UA:TOV;CD:SARL;FR:SAS;BE:NV;MA:SA;GN:SA;" +
        "SN:SARL;CM:SARL;GA:SA;DE:GmbH;CH:AG;NL:B.V.;LU:S.A.;PL:Sp. z o.o.;FI:Oy;NO:AS;ES:S.L.;BR:Ltda.;CL:SpA;PE:S.A.C.;AR:S.A.;MX:S.A. de C.V.;" +
        "EC:S.A.;ID:Tbk;MY:Sdn. Bhd.;SG:Pte. Ltd.;TH:Co. Ltd.;VN:JSC;IN:Pvt. Ltd.;PK:(Pvt.) Ltd.;BD:Ltd.;TR:A.S.;US:Inc.;CA:Inc.;GB:Ltd;AU:Pty Ltd;" +
        "NZ:Ltd;ZA:(Pty) Ltd;AE:LLC;KW:W.L.L.;QA:W.L.L.";

    private static readonly Dictionary<string, string[]> Cities = Parse(CityTable).ToDictionary(p => p.Key, p => p.Value.Split(','), StringComparer.Ordinal);
    private static readonly Dictionary<string, string> Suffixes = Parse(SuffixTable).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>Known cities of a country, or null.</summary>
    public static string[]? CitiesOf(string country) => Cities.GetValueOrDefault(country);

    public static string CompanySuffix(string country) => Suffixes.GetValueOrDefault(country, "Ltd.");

    private static IEnumerable<KeyValuePair<string, string>> Parse(string table) =>
        table.Split(';').Select(entry => new KeyValuePair<string, string>(entry[..2], entry[3..]));
}
