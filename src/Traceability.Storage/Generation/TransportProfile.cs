namespace Traceability.Storage.Generation;

/// <summary>How goods reach a tier: the share of supply links routed through carriers, and the modes' weights.</summary>
internal sealed record TransportProfile(double Rate, double Vessel, double Truck, double Rail, double Air = 0, double Forwarder = 0)
{
    public static readonly string[] Modes = ["vessel", "truck", "rail", "air", "forwarder"];

    public double Weight(int mode) => mode switch
    {
        0 => Vessel,
        1 => Truck,
        2 => Rail,
        3 => Air,
        _ => Forwarder,
    };

    public double TotalWeight => Vessel + Truck + Rail + Air + Forwarder;
}
