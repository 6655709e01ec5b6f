using System.Text;

namespace Traceability.Tests.Malformed;

/// <summary>
/// XML documents that try to make a parser read a local file (the canary), open a socket (the loopback listener) or
/// expand entities without end. Every one must be refused; the canary's content must never show and the listener must
/// never see a connection.
/// </summary>
public static class XmlAttacks
{
    public const string CanaryText = "CANARY-5e1f-never-to-be-read";

    public static IEnumerable<(string Name, byte[] Document, string Expect)> All(string root, MalformedCorpus.Context c)
    {
        var file = new Uri(c.CanaryPath).AbsoluteUri;
        var http = $"http://127.0.0.1:{c.ListenerPort}";
        const string refused = "DOCTYPE is not allowed";
        static byte[] U(string s) => Encoding.UTF8.GetBytes(s);
        var decl = "<?xml version=\"1.0\"?>\n";

        yield return ("XXE: external entity to the canary file (file: URI)",
            U($"{decl}<!DOCTYPE {root} [<!ENTITY xxe SYSTEM \"{file}\">]>\n<{root}><sdnEntry><uid>1</uid><lastName>&xxe;</lastName></sdnEntry></{root}>\n"), refused);
        yield return ("XXE: external entity to the canary file (plain path)",
            U($"{decl}<!DOCTYPE {root} [<!ENTITY xxe SYSTEM \"{c.CanaryPath}\">]>\n<{root}>&xxe;</{root}>\n"), refused);
        yield return ("XXE: external entity in an attribute value",
            U($"{decl}<!DOCTYPE {root} [<!ENTITY xxe SYSTEM \"{file}\">]>\n<{root} note=\"&xxe;\"/>\n"), refused);
        yield return ("XXE: external entity to the loopback listener",
            U($"{decl}<!DOCTYPE {root} [<!ENTITY xxe SYSTEM \"{http}/entity\">]>\n<{root}>&xxe;</{root}>\n"), refused);
        yield return ("XXE: parameter entity to the loopback listener",
            U($"{decl}<!DOCTYPE {root} [<!ENTITY % remote SYSTEM \"{http}/remote.dtd\"> %remote;]>\n<{root}/>\n"), refused);
        yield return ("XXE: external DTD on the loopback listener",
            U($"{decl}<!DOCTYPE {root} SYSTEM \"{http}/{root}.dtd\">\n<{root}/>\n"), refused);
        yield return ("XXE: public identifier with a listener URL",
            U($"{decl}<!DOCTYPE {root} PUBLIC \"-//corpus//EN\" \"{http}/public.dtd\">\n<{root}/>\n"), refused);
        yield return ("XXE: out-of-band exfiltration (canary into a listener URL)",
            U($"{decl}<!DOCTYPE {root} [<!ENTITY % file SYSTEM \"{file}\"><!ENTITY % dtd SYSTEM \"{http}/oob.dtd\"> %dtd;]>\n<{root}/>\n"), refused);
        yield return ("XXE: UTF-16 document with an external entity",
            [.. new UnicodeEncoding(false, true).GetPreamble(), .. Encoding.Unicode.GetBytes($"<?xml version=\"1.0\" encoding=\"utf-16\"?>\n<!DOCTYPE {root} [<!ENTITY xxe SYSTEM \"{file}\">]>\n<{root}>&xxe;</{root}>\n")], refused);
        yield return ("XXE: DOCTYPE after comments and blank lines",
            U($"{decl}<!-- corpus -->\n\n<!DOCTYPE {root} [<!ENTITY xxe SYSTEM \"{file}\">]>\n<{root}>&xxe;</{root}>\n"), refused);
        var laughs = new StringBuilder($"{decl}<!DOCTYPE {root} [\n<!ENTITY lol0 \"lol\">\n");
        for (var i = 1; i <= 9; i++) laughs.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">\n");
        laughs.Append($"]>\n<{root}>&lol9;</{root}>\n");
        yield return ("entity expansion: billion laughs", U(laughs.ToString()), refused);
        yield return ("entity expansion: quadratic blowup",
            U($"{decl}<!DOCTYPE {root} [<!ENTITY big \"{new string('B', 50_000)}\">]>\n<{root}>{string.Concat(Enumerable.Repeat("&big;", 10_000))}</{root}>\n"), refused);
        yield return ("entity expansion: recursive entities",
            U($"{decl}<!DOCTYPE {root} [<!ENTITY a \"&b;\"><!ENTITY b \"&a;\">]>\n<{root}>&a;</{root}>\n"), refused);
        yield return ("internal subset with a harmless entity (DTDs are refused whatever they hold)",
            U($"{decl}<!DOCTYPE {root} [<!ENTITY corp \"Corpus Ltd\">]>\n<{root}>&corp;</{root}>\n"), refused);
    }
}
