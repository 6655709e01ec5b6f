using System.Globalization;

namespace Traceability.Storage.Generation;

internal sealed partial class NetworkBuild
{
    private static readonly Weighted<byte> HoldingCountries = Countries.Weights("CN 4, HK 3, SG 2, US 2, GB 1, VG 2, KY 1, CH 1, AE 1, RU 1, IN 1, JP 1, KR 1, NL 1, LU 1");
    private static readonly Weighted<byte> ImporterCountries = Countries.Weights("US 8, CA 1, GB 1, DE 1, MX 1");
    private static readonly Weighted<byte> RecruiterCountries = Countries.Weights("PH 2, ID 2, NP 2, BD 2, VN 2, IN 2, MM 1, UZ 1, CN 2, MY 1, AE 1, TH 1");

    private bool[] _sanctioned = [];
    private int _sanctionIds;
    private readonly List<int> _stakes = [];

    /// <summary>
    /// Companies in pyramids: persons own groups, groups own holdings, holdings own the operating companies
    /// that own facilities (carriers own transporters), each level optional. Sanctioned companies hold 50% or more
    /// of what they own, so OFAC's 50 Percent Rule has cases to find, directly and through chains.
    /// </summary>
    private void WriteCompanies()
    {
        _sanctioned = new bool[_plan.Companies];
        if (_dense)
        {
            // Shareholdings make up the rest of the target: what is written so far is known, what companies and
            // workforces write as drawn is estimated, so the total lands close to the target at any size.
            var parties = (long)_plan.Companies + _plan.Facilities + _plan.Transporters;
            var still = parties * NetworkPlan.OwnershipPerParty + _plan.Labor * NetworkPlan.RelationshipsPerWorkforce;
            _ownershipExtras = new ExtraPacer(Math.Max(0, _options.RelationshipsPerNode!.Value * _plan.Nodes - _w.RelationshipsWritten - still), parties);
        }
        var sanction = QuotaSampler.ForRate(_rng, _plan.FirstImporter, _options.SanctionedRate);
        for (var g = 0; g < _plan.Groups; g++)
        {
            Company(g, HoldingCountries.Pick(_rng), "Group", "diversified", sanction.Next());
            OwnedByPersons(g, 1, 3);
        }
        for (var h = _plan.FirstHolding; h < _plan.FirstOperator; h++)
        {
            Company(h, HoldingCountries.Pick(_rng), _rng.Bool(0.5f) ? "Holdings" : "Investment", "diversified", sanction.Next());
            if (_rng.Bool(0.5f)) OwnedBy(h, _rng.Number(0, _plan.Groups - 1));
            else OwnedByPersons(h, 1, 2);
        }
        var operate = QuotaSampler.ForRate(_rng, _plan.Facilities, _options.OperatorRate);
        for (var j = 0; j < _plan.Operators; j++)
        {
            Tick(j);
            var (lo, hi) = Range(j, _plan.Operators, _plan.Facilities);
            var c = _plan.FirstOperator + j;
            var block = BlockOf(lo);
            var sector = Sector(block.Sector);
            Company(c, _facilityCountry[lo], block.IsPort ? "Port Services" : sector.CompanyNoun, block.IsPort ? "logistics" : sector.Name, sanction.Next());
            ParentOf(c);
            for (var i = lo; i < hi; i++)
                Own(c, j, _plan.FirstOperator, _plan.Operators, NodeIds.Facility(i), operate.Next());
        }
        var operateCarrier = QuotaSampler.ForRate(_rng, _plan.Transporters, Math.Min(1, 2 * _options.OperatorRate));
        for (var j = 0; j < _plan.Carriers; j++)
        {
            var (lo, hi) = Range(j, _plan.Carriers, _plan.Transporters);
            var c = _plan.FirstCarrier + j;
            Company(c, _transporterCountry[lo], _rng.Bool(0.5f) ? "Shipping" : "Logistics", "logistics", sanction.Next());
            ParentOf(c);
            for (var t = lo; t < hi; t++)
                Own(c, j, _plan.FirstCarrier, _plan.Carriers, NodeIds.Transporter(t), operateCarrier.Next());
        }
        for (var c = _plan.FirstImporter; c < _plan.FirstRecruiter; c++)
        {
            Company(c, ImporterCountries.Pick(_rng), _rng.Bool(0.5f) ? "Brands" : "Imports", "retail", false);
            if (_rng.Bool(0.4f)) OwnedBy(c, _plan.FirstHolding + _rng.Number(0, _plan.Holdings - 1));
            else _ownershipExtras?.Skip();
        }
        for (var c = _plan.FirstRecruiter; c < _plan.Companies; c++)
        {
            var kp = c - _plan.FirstRecruiter < _plan.KpRecruiters;
            Company(c, kp ? Countries.NorthKorea : RecruiterCountries.Pick(_rng), kp ? "Overseas Labour" : "Manpower Services", "recruitment", false);
            if (!kp && _rng.Bool(0.3f)) OwnedByPersons(c, 1, 1);
            else _ownershipExtras?.Skip();
        }
    }

    private static (int Lo, int Hi) Range(int j, int parts, int total) =>
        ((int)((long)j * total / parts), (int)((long)(j + 1) * total / parts));

    private void Company(int c, byte country, string noun, string sector, bool sanctioned)
    {
        var kp = country == Countries.NorthKorea;
        // North Korean state trading and labour-export bodies are often listed themselves.
        sanctioned |= kp && _options.SanctionedRate > 0 && _rng.Bool(0.5f);
        _sanctioned[c] = sanctioned;
        var name = kp ? $"{_names.CompanyStem(country)} {noun} General Corporation" : $"{_names.CompanyStem(country)} {noun} {Places.CompanySuffix(Countries.Code(country))}";
        var alias = _rng.Bool(0.1f) ? Acronym(name) : null;
        var registration = Countries.Code(country) == "CN" ? "91" + Alphanumeric(16) : Digits(_rng.Number(7, 10));
        var sanctionId = sanctioned ? $"OFAC-SDN:{(900001 + _sanctionIds++).ToString(CultureInfo.InvariantCulture)}" : null;
        _w.Company(NodeIds.Company(c), name, alias, country, registration, Address(_names.City(country)), sector, sanctionId);
    }

    private static string Acronym(string name) =>
        string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));

    private void ParentOf(int c)
    {
        if (_rng.Bool(0.6f)) OwnedBy(c, _plan.FirstHolding + _rng.Number(0, _plan.Holdings - 1));
        else OwnedByPersons(c, 1, 2);
    }

    /// <summary>
    /// A parent company holds a majority (a sanctioned one 50% or more); the rest is held by persons or undisclosed.
    /// In a denser network persons may take minority stakes of 1 to 5% out of the rest, or out of the parent's share down to its majority.
    /// </summary>
    private void OwnedBy(int c, int parent)
    {
        var extra = Math.Min(_ownershipExtras?.Next(_rng) ?? 0, _plan.Persons - 1);
        var floor = _sanctioned[parent] ? 50 : 51;
        var percent = _rng.Bool(0.6f) ? 100 : _rng.Number(floor, 99);
        if (extra <= 0)
        {
            _w.Owns(NodeIds.Company(parent), NodeIds.Company(c), percent);
            if (percent < 100 && _rng.Bool(0.5f)) _w.Owns(NodeIds.Person(_rng.Number(0, _plan.Persons - 1)), NodeIds.Company(c), 100 - percent);
            return;
        }
        var remainder = percent < 100 && _rng.Bool(0.5f);
        var rest = 100 - percent;
        Carve(extra, ref rest, remainder ? 1 : 0, ref percent, floor);
        _w.Owns(NodeIds.Company(parent), NodeIds.Company(c), percent);
        var first = _rng.Number(0, _plan.Persons - 1);
        var k = 0;
        if (remainder) _w.Owns(NodeIds.Person((first + k++) % _plan.Persons), NodeIds.Company(c), rest);
        foreach (var stake in _stakes) _w.Owns(NodeIds.Person((first + k++) % _plan.Persons), NodeIds.Company(c), stake);
        _ownershipExtras!.Spend(_stakes.Count);
    }

    /// <summary>
    /// Minority stakes of 1 to 5% each into <c>_stakes</c>, taken from <paramref name="rest"/> while it stays at
    /// <paramref name="restFloor"/> or more, then from <paramref name="main"/> while it stays at <paramref name="mainFloor"/>.
    /// </summary>
    private void Carve(int count, ref int rest, int restFloor, ref int main, int mainFloor)
    {
        _stakes.Clear();
        for (var k = 0; k < count; k++)
        {
            var stake = _rng.Number(1, 5);
            if (rest - stake >= restFloor) rest -= stake;
            else if (main - stake >= mainFloor) main -= stake;
            else break;
            _stakes.Add(stake);
        }
    }

    private void OwnedByPersons(int c, int min, int max)
    {
        var extra = _ownershipExtras?.Next(_rng) ?? 0;
        var n = Math.Min(_rng.Number(min, max), _plan.Persons);
        if (extra > 0)
        {
            SharedByPersons(c, n, Math.Min(extra, Math.Min(_plan.Persons, 200) - n));
            return;
        }
        var first = _rng.Number(0, _plan.Persons - 1);
        var left = 100.0;
        for (var k = 0; k < n; k++)
        {
            var share = k == n - 1 ? left : Math.Round(left * (0.4 + 0.4 * _rng.Double()) * 2, MidpointRounding.AwayFromZero) / 2;
            left -= share;
            double? percent = _rng.Bool(0.05f) ? null : share;
            _w.Owns(NodeIds.Person((first + k) % _plan.Persons), NodeIds.Company(c), percent);
        }
    }

    /// <summary>A denser network's person-owned company: <paramref name="n"/> shareholders and <paramref name="more"/> more, shares in half percents.</summary>
    private void SharedByPersons(int c, int n, int more)
    {
        var first = _rng.Number(0, _plan.Persons - 1);
        var weights = new double[n + more];
        for (var k = 0; k < weights.Length; k++) weights[k] = 0.2 + _rng.Double();
        var halves = Apportion(weights, 200);
        for (var k = 0; k < weights.Length; k++)
        {
            double? percent = _rng.Bool(0.05f) ? null : halves[k] / 2.0;
            _w.Owns(NodeIds.Person((first + k) % _plan.Persons), NodeIds.Company(c), percent);
        }
        _ownershipExtras!.Spend(Math.Max(0, more));
    }

    /// <summary>
    /// Owner company <paramref name="c"/> (member <paramref name="j"/> of its pool) owns a site, alone, in a joint venture, or undisclosed.
    /// In a denser network holding companies and persons may take minority stakes of 1 to 5% out of the partner's or the owner's share.
    /// </summary>
    private void Own(int c, int j, int poolStart, int poolSize, string site, bool operatedByOther)
    {
        var extra = Math.Min(_ownershipExtras?.Next(_rng) ?? 0, _plan.Persons);
        var roll = _rng.Double();
        if (extra > 0) OwnShared(c, j, poolStart, poolSize, site, roll, extra);
        else if (roll < 0.05) _w.Owns(NodeIds.Company(c), site, null);
        else if (roll < 0.78 || poolSize < 2) _w.Owns(NodeIds.Company(c), site, 100);
        else
        {
            var percent = _rng.Number(51, 90);
            _w.Owns(NodeIds.Company(c), site, percent);
            _w.Owns(NodeIds.Company(poolStart + Other(j, poolSize)), site, 100 - percent);
        }
        if (operatedByOther && poolSize > 1) _w.Operates(NodeIds.Company(poolStart + Other(j, poolSize)), site);
    }

    private void OwnShared(int c, int j, int poolStart, int poolSize, string site, double roll, int extra)
    {
        var undisclosed = roll < 0.05;
        var jv = !undisclosed && roll >= 0.78 && poolSize >= 2;
        var main = jv ? _rng.Number(51, 90) : 100;
        var partner = jv ? 100 - main : 0;
        Carve(extra, ref partner, jv ? 1 : 0, ref main, 51);
        _w.Owns(NodeIds.Company(c), site, undisclosed ? null : main);
        if (jv) _w.Owns(NodeIds.Company(poolStart + Other(j, poolSize)), site, partner);
        var holding = _rng.Number(0, _plan.Holdings - 1);
        var person = _rng.Number(0, _plan.Persons - 1);
        int holdings = 0, persons = 0;
        foreach (var stake in _stakes)
        {
            var owner = holdings < _plan.Holdings && _rng.Bool(0.3f)
                ? NodeIds.Company(_plan.FirstHolding + (holding + holdings++) % _plan.Holdings)
                : NodeIds.Person((person + persons++) % _plan.Persons);
            _w.Owns(owner, site, undisclosed ? null : stake);
        }
        _ownershipExtras!.Spend(_stakes.Count);
    }

    private int Other(int j, int poolSize)
    {
        var other = _rng.Number(0, poolSize - 2);
        return other >= j ? other + 1 : other;
    }

    private static readonly Weighted<byte> PersonCountries = Countries.Weights(
        "CN 5, US 2, GB 1, IN 2, HK 1, SG 1, ID 1, VN 1, BR 1, AU 1, DE 1, FR 1, JP 1, KR 1, RU 1, TR 1, MY 1, TH 1, CL 1, PE 1, CD 1, AE 1");

    private static readonly Weighted<byte> Residences = Countries.Weights("HK 1, SG 1, AE 1, CN 1");

    private void WritePersons()
    {
        var sanction = QuotaSampler.ForRate(_rng, _plan.Persons, _options.SanctionedRate);
        for (var p = 0; p < _plan.Persons; p++)
        {
            Tick(p);
            var sanctioned = sanction.Next();
            var nationality = sanctioned && _rng.Bool(0.4f) ? Countries.NorthKorea : PersonCountries.Pick(_rng);
            var residence = _rng.Bool(0.85f) ? nationality : Residences.Pick(_rng);
            var sanctionId = sanctioned ? $"OFAC-SDN:{(900001 + _sanctionIds++).ToString(CultureInfo.InvariantCulture)}" : null;
            _w.Person(NodeIds.Person(p), _names.PersonName(nationality), nationality, residence, BirthDate(), sanctionId);
        }
    }
}
