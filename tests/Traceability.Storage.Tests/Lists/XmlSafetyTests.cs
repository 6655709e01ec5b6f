using System.Net;
using System.Net.Sockets;
using Traceability.Core.Graph;
using Traceability.Storage.Lists;
using Traceability.Tests;

namespace Traceability.Storage.Tests.Lists;

/// <summary>XML lists never expand DTDs: no file is read and no socket opened on behalf of the document.</summary>
public sealed class XmlSafetyTests
{
    private const string Canary = "CANARY-7f3d9b-must-never-be-read";

    [Theory]
    [InlineData("ofac-xml", "sdnList")]
    [InlineData("ofac-advanced-xml", "Sanctions")]
    public void Parse_ExternalEntityToLocalFile_FailsWithoutReadingIt(string format, string root)
    {
        using var dir = new TempDirectory();
        var secret = dir.Write("secret.txt", Canary);
        var path = dir.Write("list.xml", $"""
            <?xml version="1.0"?>
            <!DOCTYPE {root} [<!ENTITY xxe SYSTEM "{new Uri(secret).AbsoluteUri}">]>
            <{root}><sdnEntry><uid>1</uid><lastName>&xxe;</lastName></sdnEntry></{root}>
            """);

        var e = Assert.Throws<ImportFailedException>(() => ListParsers.Parse(format, [path]));

        var error = Assert.Single(e.Errors);
        Assert.Equal(("list.xml", 2L), (error.File, error.Line));
        Assert.Contains("DOCTYPE is not allowed", error.Message);
        Assert.DoesNotContain(Canary, e.Message);
        Assert.DoesNotContain(Canary, error.ToString());
    }

    [Fact]
    public void Parse_ExternalEntityToNetwork_OpensNoConnection()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            using var dir = new TempDirectory();
            var path = dir.Write("sdn.xml", $"""
                <?xml version="1.0"?>
                <!DOCTYPE sdnList SYSTEM "http://127.0.0.1:{port}/sdnList.dtd" [<!ENTITY % remote SYSTEM "http://127.0.0.1:{port}/x.dtd"> %remote;]>
                <sdnList xmlns="http://tempuri.org/sdnList.xsd"/>
                """);

            var e = Assert.Throws<ImportFailedException>(() => ListParsers.Parse("ofac-xml", [path]));

            Assert.Equal(2, Assert.Single(e.Errors).Line);
            Thread.Sleep(100);
            Assert.False(listener.Pending(), "the parser connected to the entity's URL");
        }
        finally
        {
            listener.Stop();
        }
    }
}
