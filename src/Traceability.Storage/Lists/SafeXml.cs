using System.Xml;
using System.Xml.Linq;
using Traceability.Core.Graph;

namespace Traceability.Storage.Lists;

/// <summary>
/// XML input for the list parsers. DTDs are prohibited and no resolver is set, so a document with a DOCTYPE or
/// an external entity fails at its first line and never makes the reader open another file or a socket. Depth,
/// attributes per element and text length are bounded (<see cref="BoundedXmlReader"/>).
/// </summary>
internal static class SafeXml
{
    public static XmlReader Open(string path) => new BoundedXmlReader(XmlReader.Create(File.OpenRead(path), new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    }));

    /// <summary>
    /// Loads the element the reader is on, with line numbers, and moves the reader past it, so large files are
    /// read one record at a time.
    /// </summary>
    public static XElement ReadElement(XmlReader reader)
    {
        XElement element;
        using (var sub = reader.ReadSubtree()) element = XElement.Load(sub, LoadOptions.SetLineInfo);
        reader.Read();
        return element;
    }

    /// <summary>Calls <paramref name="onChild"/> for each child element of the element the reader is on.</summary>
    public static void ForEachChild(XmlReader reader, Action<XElement> onChild)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element) onChild(ReadElement(reader));
            else reader.Read();
        }
        if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) reader.Read();
    }

    /// <summary>Reads what follows the root element, so content after it (a second root, stray text) is an error too.</summary>
    public static void ReadToEnd(XmlReader reader)
    {
        while (reader.Read()) { }
    }

    public static long Line(XObject node) => ((IXmlLineInfo)node).LineNumber;

    public static long Line(XmlReader reader) => reader is IXmlLineInfo info ? info.LineNumber : 0;

    /// <summary>The trimmed text of the child element with this local name, or null when absent or empty.</summary>
    public static string? Text(XElement parent, string localName)
    {
        var v = parent.Element(parent.Name.Namespace + localName)?.Value.Trim();
        return string.IsNullOrEmpty(v) ? null : v;
    }

    public static IEnumerable<XElement> Children(XElement parent, string localName) => parent.Elements(parent.Name.Namespace + localName);

    /// <summary>The error for a document the reader rejected, with the line of the DOCTYPE when that is the reason.</summary>
    public static ImportError Error(string path, XmlException e)
    {
        var file = Path.GetFileName(path);
        if (e is XmlLimitException limit) return new(file, e.LineNumber, null, limit.Reason);
        // XmlReader reports no position when it refuses a DTD, so the DOCTYPE is found in the file's first bytes.
        if (e.Message.Contains("DTD", StringComparison.Ordinal))
            return new(file, DoctypeLine(path), null,
                "a DOCTYPE is not allowed: DTDs and entities are refused so that reading a list never opens another file or a network connection");
        return new(file, e.LineNumber, null, $"not well-formed XML: {e.Message}");
    }

    private static long DoctypeLine(string path)
    {
        var buffer = new byte[1 << 16];
        int n;
        using (var stream = File.OpenRead(path)) n = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var head = buffer.AsSpan(0, n);
        var at = head.IndexOf("<!DOCTYPE"u8);
        if (at < 0) return 1;
        var before = head[..at];
        return 1 + before.Count((byte)'\n') + before.Count((byte)'\r') - before.Count("\r\n"u8);
    }
}
