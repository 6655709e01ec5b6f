using System.Globalization;
using System.Text;

namespace Traceability.Tests;

/// <summary>
/// Settings of the reliability tests (issue 10): a short run in CI, the full run when <c>TRACEABILITY_FULL_RELIABILITY=1</c>.
/// Randomness is seeded from <c>TRACEABILITY_RELIABILITY_SEED</c> when set, else from the clock; the seed is printed so that a
/// failure can be replayed. Each test writes its figures to artifacts/test/reliability/.
/// </summary>
public static class ReliabilityRun
{
    public static bool Full { get; } = Environment.GetEnvironmentVariable("TRACEABILITY_FULL_RELIABILITY") == "1";

    public static int Seed { get; } = int.TryParse(Environment.GetEnvironmentVariable("TRACEABILITY_RELIABILITY_SEED"), CultureInfo.InvariantCulture, out var s)
        ? s : (int)(DateTime.UtcNow.Ticks % 1_000_000_000);

    public static string Mode => Full ? "full" : "ci";

    /// <summary>A random source for one test, seeded from <see cref="Seed"/> and the test's name (so tests do not share a sequence).</summary>
    public static Random Random(string test)
    {
        var h = 17;
        foreach (var c in test) h = unchecked(h * 31 + c);
        Log($"{test}: seed {Seed} (replay with TRACEABILITY_RELIABILITY_SEED={Seed})");
        return new Random(unchecked(Seed ^ h));
    }

    public static void Log(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);

    /// <summary>Writes a test's figures (markdown) to artifacts/test/reliability/&lt;name&gt;-&lt;mode&gt;.md and to the test output.</summary>
    public static void Record(string name, string markdown)
    {
        var header = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"<!-- {name}, {Mode} run, {DateTime.UtcNow:yyyy-MM-dd HH:mm}Z, seed {Seed}, {Environment.ProcessorCount} cores -->")
            .Append(markdown);
        File.WriteAllText(Path.Combine(RepoPaths.Artifacts("reliability"), $"{name}-{Mode}.md"), header.ToString());
        Log(header.ToString());
    }
}
