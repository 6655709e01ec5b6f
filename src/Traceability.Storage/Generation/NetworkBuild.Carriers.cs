using System.Globalization;

namespace Traceability.Storage.Generation;

internal sealed partial class NetworkBuild
{
    private static readonly Weighted<byte> VesselFlags = Countries.Weights("PA 5, LR 4, MH 3, HK 2, SG 2, MT 2, CN 3, BS 1, KR 1, JP 1, TG 1, SL 1, KM 1");
    private static readonly Weighted<byte> ShipOwners = Countries.Weights("GR 3, CN 4, JP 2, SG 2, HK 2, NO 1, KR 1, DE 1, TW 1");

    private void WriteTransporters()
    {
        Report($"transporters: {_plan.Transporters:N0}");
        var kp = QuotaSampler.ForRate(_rng, _plan.Vessels, _options.KpVesselRate);
        var vessels = 0;
        foreach (var b in _plan.Transport)
        {
            var tier = Sector(b.Sector).Tiers[b.Level];
            var mode = TransportProfile.Modes[b.Mode];
            for (var t = b.Start; t < b.End; t++)
            {
                if (b.Mode == 0)
                {
                    var isKp = kp.Next();
                    var flag = isKp ? Countries.NorthKorea : VesselFlags.Pick(_rng);
                    var owner = isKp ? Countries.NorthKorea : ShipOwners.Pick(_rng);
                    _kpVessel[t] = isKp;
                    _transporterCountry[t] = owner;
                    var name = _names.VesselName(flag, fishing: Sector(b.Sector).Name == "seafood" && b.Level == 1);
                    _w.Transporter(NodeIds.Transporter(t), name, mode, Imo(vessels++), flag, owner);
                    continue;
                }
                var country = tier.Variants[_rng.Number(0, tier.Variants.Count - 1)].Countries.Pick(_rng);
                _transporterCountry[t] = country;
                var stem = _names.CompanyStem(country);
                var label = b.Mode switch
                {
                    1 => _rng.Bool(0.5f) ? "Haulage" : "Trucking",
                    2 => "Rail Freight",
                    3 => "Air Cargo",
                    _ => "Freight Forwarding",
                };
                _w.Transporter(NodeIds.Transporter(t), $"{stem} {label}", mode, null, null, country);
            }
        }
    }

    private void WritePorts()
    {
        foreach (var b in _plan.Blocks)
        {
            if (!b.IsPort) continue;
            var sector = Sector(b.Sector);
            var tier = sector.Tiers[b.Level];
            for (var i = b.Start; i < b.End; i++)
            {
                var country = tier.Variants[_rng.Number(0, tier.Variants.Count - 1)].Countries.Pick(_rng);
                _facilityCountry[i] = country;
                var city = _names.City(country);
                var terminal = _rng.Bool(0.5f) ? $" Terminal {_rng.Number(1, 9).ToString(CultureInfo.InvariantCulture)}" : $" {sector.CompanyNoun} Terminal";
                _w.Facility(NodeIds.Facility(i), $"Port of {city}{terminal}", country, city, Address(city), "port", sector.Name, _rng.Number(200, 4000), null, null);
            }
        }
    }

    /// <summary>A 7-digit IMO ship number with a valid check digit; distinct for the first 900,000 vessels.</summary>
    private static string Imo(int ordinal)
    {
        var first = 100000 + (int)((ordinal * 7919L + 123457) % 900000);
        var digits = first.ToString(CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 6; i++) sum += (digits[i] - '0') * (7 - i);
        return digits + (sum % 10).ToString(CultureInfo.InvariantCulture);
    }
}
