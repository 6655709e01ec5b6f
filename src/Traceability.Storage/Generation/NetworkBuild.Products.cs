using System.Globalization;

namespace Traceability.Storage.Generation;

internal sealed partial class NetworkBuild
{
    /// <summary>Each product is made by one plant of its sector's last tier (sometimes a second) and imported by one to three importers.</summary>
    private void WriteProducts()
    {
        Report($"products: {_plan.Products:N0}");
        var p = 0;
        for (var s = 0; s < SectorCatalog.All.Count; s++)
        {
            var count = _plan.SectorProducts[s];
            if (count == 0) continue;
            var sector = Sector(s);
            var last = _plan.Blocks.Where(b => !b.IsPort && b.Sector == s && b.Level == sector.Tiers.Count - 1).ToList();
            var first = last[0].Start;
            var makers = last.Sum(b => b.Count);
            for (var j = 0; j < count; j++, p++)
            {
                Tick(p);
                var kind = sector.Products[_rng.Number(0, sector.Products.Count - 1)];
                var id = NodeIds.Product(p);
                var model = $"{Alphanumeric(2)}-{_rng.Number(100, 9999).ToString(CultureInfo.InvariantCulture)}";
                _w.Product(id, $"{_names.LastName()} {kind.Noun} {model}", kind.HsCode, sector.Category, sector.Name);
                var maker = first + (int)((long)j * makers / count);
                _w.Supplies(NodeIds.Facility(maker), id, kind.Noun, kind.HsCode, null);
                if (makers > 1 && _rng.Bool(0.2f))
                {
                    var second = first + _rng.Number(0, makers - 2);
                    if (second >= maker) second++;
                    _w.Supplies(NodeIds.Facility(second), id, kind.Noun, kind.HsCode, null);
                }
                var importer = (int)((long)p * _plan.Importers / _plan.Products);
                _w.Imports(NodeIds.Company(_plan.FirstImporter + importer), id);
                var extra = _plan.Importers < 2 ? 0 : _rng.Double() switch { < 0.05 => 2, < 0.3 => 1, _ => 0 };
                var previous = -1;
                for (var e = 0; e < extra; e++)
                {
                    var other = _rng.Number(0, _plan.Importers - 2);
                    if (other >= importer) other++;
                    if (other == previous) continue;
                    previous = other;
                    _w.Imports(NodeIds.Company(_plan.FirstImporter + other), id);
                }
            }
        }
    }
}
