using Traceability.Core.Rules;

namespace Traceability.Api.Endpoints;

/// <summary>Every result states the graph version and list versions it was computed from, in headers as well as in bodies.</summary>
internal static class Versions
{
    public const string SnapshotHeader = "X-Snapshot-Version";
    public const string ListsHeader = "X-Lists-Version";

    public static RiskIndex Stamp(this RiskIndex risk, HttpContext http)
    {
        http.Response.Headers[SnapshotHeader] = risk.Graph.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.Headers[ListsHeader] = ListsOf(risk);
        return risk;
    }

    public static string ListsOf(RiskIndex risk) => $"{risk.Lists.Version}; seeds {risk.SeedsVersion}";
}
