using System.Diagnostics;
using System.Text;
using CsCheck;
using Traceability.Tests;

namespace Traceability.Storage.Tests.Reliability;

/// <summary>
/// Bounded fuzzing with CsCheck: each target runs for <see cref="Seconds"/> seconds on one thread (1 in CI, 30 with
/// <c>TRACEABILITY_FULL_RELIABILITY=1</c>, any with <c>FUZZ_SECONDS</c>), CsCheck shrinks any failing input, and the
/// iterations each target reached are written to <c>artifacts/test/reliability/fuzz.txt</c>. Inputs are seed files with a list of random edits, so a
/// shrunk crasher is a short list of edits to paste into <see cref="FuzzRegressionTests"/>.
/// </summary>
internal static class Fuzz
{
    public static int Seconds { get; } = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SECONDS"), out var s) && s > 0 ? s
        : Environment.GetEnvironmentVariable("TRACEABILITY_FULL_RELIABILITY") is "1" or "true" ? 30 : 1;

    /// <summary>Longest a single input may take: a slower parse is a failure (and CsCheck shrinks it).</summary>
    public static readonly TimeSpan SlowInput = TimeSpan.FromSeconds(2);

    public sealed record Edit(int Kind, double At, int Token, int Length)
    {
        public override string ToString() => $"new({Kind}, {At:0.###}, {Token}, {Length})";
    }

    /// <summary>Fragments that mean something to one of the formats, and some that mean trouble to all.</summary>
    public static readonly byte[][] Tokens =
    [
        .. new[]
        {
            ",", "\"", "\"\"", "\n", "\r", "\r\n", "\0", "\uFEFF", " ", ";", "'", "-0- ", "<", ">", "/>", "</", "&", "&amp;", "&#0;", "&#xD800;",
            "<![CDATA[", "]]>", "<!--", "<!DOCTYPE a [<!ENTITY e \"x\">]>", "&e;", "<?xml version=\"1.0\"?>", "xmlns=\"u\"", "=\"", "{", "}", "[", "]",
            ":", "\\", "\\u", "\\ud800", "\\u0000", "null", "true", "1e309", "-1", "99999999999999999999", "NaN", "0x1F", "\t", "\u2028", "\u00e9",
            "\U0001F600", "Korea, North", "individual", "vessel", "DPRK3", "June 21, 2022", "01/02/2020", "2022", "Y", "X", "Company", "Ownership",
            "\"id\": ", "\"schema\": ", "\"properties\": {", "\"name\": [", "id:ID", ":LABEL", ":START_ID", ":END_ID", ":TYPE", "SUPPLIES", "Facility",
            "workers:int", "string[]", "<sdnEntry>", "</sdnEntry>", "<uid>", "</uid>", "<DistinctParty FixedRef=\"1\">", "ID=\"", "PartySubTypeID=\"",
        }.Select(t => Encoding.UTF8.GetBytes(t)),
        [0xFF], [0xC3], [0x80], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xEF, 0xBB, 0xBF], [0xFE, 0xFF],
        Encoding.ASCII.GetBytes(new string('A', 5000)),
        Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<a>", 200))),
        Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("[", 200))),
        Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(",", 12_000))),
    ];

    /// <summary>One to twelve edits: insert a token, delete a run, replace a run by a token, duplicate a run, truncate.</summary>
    public static readonly Gen<Edit[]> Edits =
        Gen.Select(Gen.Int[0, 4], Gen.Double[0, 1], Gen.Int[0, Tokens.Length - 1], Gen.Int[1, 64], (k, a, t, l) => new Edit(k, a, t, l)).Array[1, 12];

    public static byte[] Apply(byte[] seed, IEnumerable<Edit> edits)
    {
        var bytes = new List<byte>(seed);
        foreach (var e in edits)
        {
            var at = (int)(e.At * bytes.Count);
            var run = Math.Min(e.Length, bytes.Count - at);
            switch (e.Kind)
            {
                case 0: bytes.InsertRange(at, Tokens[e.Token]); break;
                case 1: bytes.RemoveRange(at, run); break;
                case 2: bytes.RemoveRange(at, run); bytes.InsertRange(at, Tokens[e.Token]); break;
                case 3: bytes.InsertRange(at, bytes.GetRange(at, run)); break;
                default: if (e.Length < 8) bytes.RemoveRange(at, bytes.Count - at); break;
            }
        }
        return [.. bytes];
    }

    /// <summary>Runs <paramref name="property"/> for <see cref="Seconds"/> seconds on one thread and records the iterations.</summary>
    public static void Run<T>(string target, Gen<T> gen, Action<T> property, Func<T, string>? print = null)
    {
        var summary = "";
        gen.Sample(x =>
        {
            var clock = Stopwatch.StartNew();
            property(x);
            if (clock.Elapsed > SlowInput) throw new TimeoutException($"one input took {clock.Elapsed.TotalSeconds:0.0} s");
        }, writeLine: line => summary = line, time: Seconds, threads: 1, print: print);
        File.AppendAllText(Path.Combine(RepoPaths.Artifacts("reliability"), "fuzz.txt"), $"{target}\t{Seconds} s\t{summary}\n");
    }

    public static string Show(Edit[] edits) => "[" + string.Join(", ", edits.Select(e => e.ToString())) + "]";
}
