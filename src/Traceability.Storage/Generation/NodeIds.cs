using System.Globalization;

namespace Traceability.Storage.Generation;

/// <summary>Node ids of the generated graph: a label prefix and a zero-padded index, unique across labels.</summary>
internal static class NodeIds
{
    public static string Product(int i) => "prd-" + Pad(i);

    public static string Facility(int i) => "fac-" + Pad(i);

    public static string Transporter(int i) => "trn-" + Pad(i);

    public static string Company(int i) => "com-" + Pad(i);

    public static string Person(int i) => "per-" + Pad(i);

    public static string Labor(int i) => "lab-" + Pad(i);

    public static string Material(string name) => "mat-" + string.Join('-', name.ToLowerInvariant().Split([' ', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries));

    private static string Pad(int i) => i.ToString("D7", CultureInfo.InvariantCulture);
}
