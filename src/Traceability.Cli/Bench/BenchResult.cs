namespace Traceability.Cli.Bench;

/// <summary>One line of the benchmark table: a workload, its figure, the alternative's, the ratio and the bar.</summary>
/// <param name="Workload">Workload name.</param>
/// <param name="Size">Data set (10k, 100k, 1m).</param>
/// <param name="Ours">What was measured on our side.</param>
/// <param name="OursValue">Our figure.</param>
/// <param name="Alternative">The alternative measured in the same run.</param>
/// <param name="AlternativeValue">Its figure.</param>
/// <param name="Unit">Unit of both figures.</param>
/// <param name="Ratio">How many times better we are (higher is better).</param>
/// <param name="Bar">The bar the issue sets, as text.</param>
/// <param name="Pass">Whether the bar is met (null when no bar applies).</param>
/// <param name="Note">Anything a reader needs to interpret the line.</param>
internal sealed record BenchResult(string Workload, string Size, string Ours, double OursValue, string Alternative, double AlternativeValue,
    string Unit, double Ratio, string Bar, bool? Pass, string Note = "");
