using System.Xml;

namespace Traceability.Storage.Lists;

/// <summary>
/// An <see cref="XmlReader"/> that refuses what no sanctions list holds and what would make loading a record slow or huge:
/// elements nested deeper than <see cref="MaxDepth"/> (XElement.Load is quadratic in the depth: 80,000 levels took 12 s,
/// a million would take hours), more than <see cref="MaxAttributes"/> attributes on one element, and text longer than
/// <see cref="MaxText"/> characters (the CSV reader's limit), names longer than <see cref="MaxName"/>. The refusal is an <see cref="XmlLimitException"/> with the
/// line and position.
/// </summary>
internal sealed class BoundedXmlReader(XmlReader inner) : XmlReader, IXmlLineInfo
{
    public const int MaxDepth = 64;
    public const int MaxAttributes = 256;
    public const int MaxText = Csv.CsvReader.MaxFieldLength;
    public const int MaxName = 1024;

    private readonly IXmlLineInfo? _lines = inner as IXmlLineInfo;

    public override bool Read()
    {
        if (!inner.Read()) return false;
        switch (inner.NodeType)
        {
            case XmlNodeType.Element when inner.Depth > MaxDepth:
                throw Refuse($"elements nested more than {MaxDepth} levels deep (no list format nests so deep)");
            case XmlNodeType.Element when inner.AttributeCount > MaxAttributes:
                throw Refuse($"an element with {inner.AttributeCount} attributes (at most {MaxAttributes})");
            case XmlNodeType.Element when inner.Name.Length > MaxName || LongestAttributeName() > MaxName:
                throw Refuse($"an element or attribute name longer than {MaxName} characters");
            case XmlNodeType.Element when LongestAttribute() > MaxText:
                throw Refuse($"an attribute value longer than {MaxText} characters");
            case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when inner.Value.Length > MaxText:
                throw Refuse($"text longer than {MaxText} characters");
        }
        return true;
    }

    private int LongestAttributeName()
    {
        var longest = 0;
        for (var i = 0; i < inner.AttributeCount; i++)
        {
            inner.MoveToAttribute(i);
            longest = Math.Max(longest, inner.Name.Length);
        }
        if (inner.AttributeCount > 0) inner.MoveToElement();
        return longest;
    }

    private int LongestAttribute()
    {
        var longest = 0;
        for (var i = 0; i < inner.AttributeCount; i++) longest = Math.Max(longest, inner.GetAttribute(i).Length);
        return longest;
    }

    private XmlLimitException Refuse(string message) => new(message, LineNumber, LinePosition);

    public override int AttributeCount => inner.AttributeCount;
    public override string BaseURI => inner.BaseURI;
    public override int Depth => inner.Depth;
    public override bool EOF => inner.EOF;
    public override bool IsEmptyElement => inner.IsEmptyElement;
    public override string LocalName => inner.LocalName;
    public override string NamespaceURI => inner.NamespaceURI;
    public override XmlNameTable NameTable => inner.NameTable;
    public override XmlNodeType NodeType => inner.NodeType;
    public override string Prefix => inner.Prefix;
    public override ReadState ReadState => inner.ReadState;
    public override string Value => inner.Value;
    public override bool HasValue => inner.HasValue;
    public override string Name => inner.Name;
    public override bool IsDefault => inner.IsDefault;
    public override XmlReaderSettings? Settings => inner.Settings;

    public override string GetAttribute(int i) => inner.GetAttribute(i);
    public override string? GetAttribute(string name) => inner.GetAttribute(name);
    public override string? GetAttribute(string name, string? namespaceURI) => inner.GetAttribute(name, namespaceURI);
    public override string? LookupNamespace(string prefix) => inner.LookupNamespace(prefix);
    public override void MoveToAttribute(int i) => inner.MoveToAttribute(i);
    public override bool MoveToAttribute(string name) => inner.MoveToAttribute(name);
    public override bool MoveToAttribute(string name, string? ns) => inner.MoveToAttribute(name, ns);
    public override bool MoveToElement() => inner.MoveToElement();
    public override bool MoveToFirstAttribute() => inner.MoveToFirstAttribute();
    public override bool MoveToNextAttribute() => inner.MoveToNextAttribute();
    public override bool ReadAttributeValue() => inner.ReadAttributeValue();
    public override void ResolveEntity() => inner.ResolveEntity();

    public bool HasLineInfo() => _lines?.HasLineInfo() ?? false;
    public int LineNumber => _lines?.LineNumber ?? 0;
    public int LinePosition => _lines?.LinePosition ?? 0;

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}

/// <summary>A document <see cref="BoundedXmlReader"/> refused: well-formed, perhaps, but beyond what a list holds.</summary>
internal sealed class XmlLimitException(string message, int line, int position) : XmlException(message, null, line, position)
{
    /// <summary>The reason without the position XmlException appends to its message.</summary>
    public string Reason { get; } = message;
}
