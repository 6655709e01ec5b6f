using System.Globalization;
using System.Text;

namespace Traceability.Api.Tests.Web;

/// <summary>
/// A product with a large layered upstream, as a neo4j-admin CSV bundle: tiers of facilities where each supplies one or two
/// buyers in the tier below, mines (origins) and warehouses (untraced ends) at the top, a North Korean workforce at one plant
/// and a mine in North Korea.
/// </summary>
internal static class LayeredNetwork
{
    public const string Product = "prod-web-layered";
    public const string ForcedLaborPlant = "fac-web-t3-007";
    public const string KpMine = "fac-web-t7-000";

    /// <summary>Facilities per tier, product side first.</summary>
    public static readonly int[] Tiers = [4, 16, 50, 50, 50, 50, 50, 50];

    public static int SupplyNodes => Tiers.Sum();

    private static string Id(int tier, int i) => $"fac-web-t{tier}-{i:D3}";

    public static MultipartFormDataContent Bundle()
    {
        var facilities = new StringBuilder("id:ID,:LABEL,name,country,city,facilityType,sector,workers:int,source,asOf:date\n");
        var supplies = new StringBuilder(":START_ID,:END_ID,:TYPE,material,source,asOf:date\n");
        for (var t = 0; t < Tiers.Length; t++)
        {
            var last = t == Tiers.Length - 1;
            for (var i = 0; i < Tiers[t]; i++)
            {
                var id = Id(t, i);
                var type = last ? (i % 10 == 9 ? "warehouse" : "mine") : "factory";
                var country = id == KpMine ? "KP" : "VN";
                facilities.Append(CultureInfo.InvariantCulture, $"{id},Facility,Layered tier {t} {type} {i},{country},Hai Phong,{type},manufacturing,{100 + i},web test,2026-01-01\n");
                if (t == 0)
                {
                    supplies.Append(CultureInfo.InvariantCulture, $"{id},{Product},SUPPLIES,parts,web test,2026-01-01\n");
                    continue;
                }
                var below = Tiers[t - 1];
                var a = i % below;
                var b = (i * 7 + 3) % below;
                supplies.Append(CultureInfo.InvariantCulture, $"{id},{Id(t - 1, a)},SUPPLIES,parts,web test,2026-01-01\n");
                if (b != a) supplies.Append(CultureInfo.InvariantCulture, $"{id},{Id(t - 1, b)},SUPPLIES,parts,web test,2026-01-01\n");
            }
        }
        var content = new MultipartFormDataContent();
        Add(content, "nodes-Product.csv", $"id:ID,:LABEL,name,hsCode,source,asOf:date\n{Product},Product,Layered test assembly (300-node upstream),847130,web test,2026-01-01\n");
        Add(content, "nodes-Facility.csv", facilities.ToString());
        Add(content, "nodes-LaborSource.csv", "id:ID,:LABEL,name,nationality,workers:int,kind,source,asOf:date\nls-web-kp,LaborSource,Dispatched workers at layered plant 7,KP,60,state-dispatched,web test,2026-01-01\n");
        Add(content, "rels-SUPPLIES.csv", supplies.ToString());
        Add(content, "rels-WORKS_AT.csv", $":START_ID,:END_ID,:TYPE,workers:int,source,asOf:date\nls-web-kp,{ForcedLaborPlant},WORKS_AT,60,web test,2026-01-01\n");
        return content;
    }

    private static void Add(MultipartFormDataContent content, string name, string csv) =>
        content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "files", name);
}
