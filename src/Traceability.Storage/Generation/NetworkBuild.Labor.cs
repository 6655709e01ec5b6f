namespace Traceability.Storage.Generation;

internal sealed partial class NetworkBuild
{
    private static readonly Weighted<string> LocalKinds = new([("direct", 60.0), ("contract", 15.0), ("agency", 15.0), ("broker", 10.0)]);
    private static readonly Weighted<string> MigrantKinds = new([("agency", 45.0), ("broker", 30.0), ("contract", 20.0), ("direct", 5.0)]);
    private static readonly Weighted<string> CrewKinds = new([("agency", 50.0), ("broker", 20.0), ("contract", 20.0), ("direct", 10.0)]);
    private static readonly Weighted<string> KpAbroadKinds = new([("state-dispatched", 75.0), ("contract", 25.0)]);
    private static readonly Weighted<string> KpHomeKinds = new([("direct", 85.0), ("contract", 10.0), ("prison", 5.0)]);

    private enum Site { Production, Port, Vessel }

    /// <summary>
    /// Workforces at facilities and on vessels: mostly local, some migrant, rarely North Korean (in host
    /// countries, at ports, on crews); agencies, brokers and the state bodies that dispatch them recruit them.
    /// </summary>
    private void WriteLabor()
    {
        var vessels = _plan.Transport.Where(t => t.Mode == 0).SelectMany(t => Enumerable.Range(t.Start, t.Count)).ToArray();
        var sites = new int[_plan.Labor];
        long hosted = 0, production = 0, ports = 0, crews = 0;
        for (var j = 0; j < sites.Length; j++)
        {
            var site = sites[j] = _rng.Number(0, _plan.Facilities + vessels.Length - 1);
            switch (Classify(site))
            {
                case Site.Vessel when !_kpVessel[vessels[site - _plan.Facilities]]: crews++; break;
                case Site.Port: ports++; break;
                case Site.Production when _facilityCountry[site] != Countries.NorthKorea:
                    production++;
                    if (Countries.KpHosts[_facilityCountry[site]]) hosted++;
                    break;
            }
        }
        // Where no host country has production sites (tiny networks), any production site may host.
        var hostsOnly = hosted > 0;
        var kpProduction = QuotaSampler.ForRate(_rng, hostsOnly ? hosted : production, _options.KpLaborRate);
        var kpPort = QuotaSampler.ForRate(_rng, ports, _options.KpPortLaborRate);
        var kpCrew = QuotaSampler.ForRate(_rng, crews, _options.KpCrewRate);
        var kpRecruiters = _plan.KpRecruiters;
        var otherRecruiters = _plan.Recruiters - kpRecruiters;
        for (var j = 0; j < sites.Length; j++)
        {
            Tick(j);
            var site = sites[j];
            var kind = Classify(site);
            var vessel = kind == Site.Vessel ? vessels[site - _plan.Facilities] : -1;
            var host = vessel >= 0 ? _transporterCountry[vessel] : _facilityCountry[site];
            byte nationality;
            string workforce;
            if (host == Countries.NorthKorea && (vessel < 0 || _kpVessel[vessel]))
                (nationality, workforce) = (host, KpHomeKinds.Pick(_rng));
            else if (vessel >= 0 && _kpVessel[vessel])
                (nationality, workforce) = (Countries.NorthKorea, "direct");
            else if (kind switch
            {
                Site.Vessel => kpCrew.Next(),
                Site.Port => kpPort.Next(),
                _ => (!hostsOnly || Countries.KpHosts[host]) && kpProduction.Next(),
            })
                (nationality, workforce) = (Countries.NorthKorea, KpAbroadKinds.Pick(_rng));
            else if (vessel >= 0)
                (nationality, workforce) = (Countries.Crews.Pick(_rng), CrewKinds.Pick(_rng));
            else if (_rng.Bool(0.85f))
                (nationality, workforce) = (host, LocalKinds.Pick(_rng));
            else
                (nationality, workforce) = (Countries.MigrantsTo(host).Pick(_rng), MigrantKinds.Pick(_rng));

            var siteId = vessel >= 0 ? NodeIds.Transporter(vessel) : NodeIds.Facility(site);
            var workers = kind switch { Site.Vessel => _rng.Number(8, 60), Site.Port => _rng.Number(20, 600), _ => _rng.Number(10, 1200) };
            var id = NodeIds.Labor(j);
            _w.Labor(id, $"{char.ToUpperInvariant(workforce[0])}{workforce[1..]} workforce ({Countries.Code(nationality)}) at {siteId}", nationality, workers, workforce);
            var extra = vessel < 0 && workforce != "direct" && _rng.Bool(0.3f) ? Math.Min(_rng.Number(1, 2), _plan.Facilities - 1 - site) : 0;
            var first = workers / (extra + 1);
            _w.WorksAt(id, siteId, first + workers % (extra + 1));
            for (var e = 1; e <= extra; e++) _w.WorksAt(id, NodeIds.Facility(site + e), first);

            var recruited = workforce is "agency" or "broker" or "state-dispatched" || (workforce == "contract" && _rng.Bool(0.4f));
            if (!recruited || nationality == Countries.NorthKorea && host == Countries.NorthKorea) continue;
            var recruiter = nationality == Countries.NorthKorea || otherRecruiters == 0
                ? _rng.Number(0, kpRecruiters - 1)
                : kpRecruiters + _rng.Number(0, otherRecruiters - 1);
            _w.Recruits(NodeIds.Company(_plan.FirstRecruiter + recruiter), id);
        }
    }

    private Site Classify(int site) =>
        site >= _plan.Facilities ? Site.Vessel : BlockOf(site).IsPort ? Site.Port : Site.Production;
}
