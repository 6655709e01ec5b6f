using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Traceability.Core.Audit;

namespace Traceability.Api.Tests;

/// <summary>Reports, evidence and checklists over HTTP.</summary>
public sealed class ReportEndpointTests(ApiServerFixture fixture) : IClassFixture<ApiServerFixture>
{
    private ApiServer Server => fixture.Server;

    [Fact]
    public async Task WorksiteReport_EachFormat_HasItsContentTypeAndVersions()
    {
        using var client = Server.Client("investigator");

        using var json = await client.GetAsync("/api/reports/worksites?importer=co-us-keystone&asOf=2026-11-01");
        using var csv = await client.GetAsync("/api/reports/worksites?importer=co-us-keystone&asOf=2026-11-01&format=csv");
        using var html = await client.GetAsync("/api/reports/worksites?importer=co-us-keystone&asOf=2026-11-01&format=html");

        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        var doc = JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("importer", doc.GetProperty("header").GetProperty("scope").GetString());
        Assert.Equal("2026-11-01", doc.GetProperty("header").GetProperty("asOf").GetString());
        Assert.Contains(doc.GetProperty("facilities").EnumerateArray(), f => f.GetProperty("id").GetString() == "fac-kp-pyoksong-mine");
        Assert.True(json.Headers.Contains("X-Snapshot-Version"));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("label,id,name,", await csv.Content.ReadAsStringAsync());
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        Assert.Contains("id=\"summary-table\"", await html.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Dossier_Json_HasVerdictReadinessAndSeparateFindings()
    {
        using var client = Server.Client("investigator");

        var doc = await client.GetFromJsonAsync<JsonElement>("/api/reports/dossier/prod-galvanized-bolts-cn?asOf=2026-11-01&staleDays=180");

        Assert.True(doc.GetProperty("verdict").GetProperty("applies").GetBoolean());
        Assert.Equal(180, doc.GetProperty("header").GetProperty("staleDays").GetInt32());
        Assert.Equal("not-ready", doc.GetProperty("readiness").GetProperty("status").GetString());
        Assert.All(doc.GetProperty("transport").EnumerateArray(), f => Assert.Equal("NK_TRANSPORT", f.GetProperty("kind").GetString()));
        Assert.NotEmpty(doc.GetProperty("sanctions").EnumerateArray());
        Assert.NotEmpty(doc.GetProperty("paths").GetProperty("listed").EnumerateArray());
    }

    [Fact]
    public async Task AddEvidence_AsAnalyst_IsStoredWithItsAuditRecordOnce()
    {
        using var analyst = Server.Client("analyst");
        var before = (await Server.Service<IAuditStore>().ReadAsync(0, int.MaxValue, CancellationToken.None)).Count;

        using var response = await analyst.PostAsJsonAsync("/api/evidence", new { node = "ls-kp-karibib", kind = "recruitment-fees", title = "Fee interviews", date = "2026-02-01", issuer = "NGO", url = "https://example.org/fees" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var added = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("(analyst)", added.GetProperty("items")[0].GetProperty("recordedBy").GetString());
        var list = await analyst.GetFromJsonAsync<JsonElement>("/api/evidence?node=ls-kp-karibib");
        Assert.Contains(list.EnumerateArray(), e => e.GetProperty("title").GetString() == "Fee interviews");
        var trail = (await Server.Service<IAuditStore>().ReadAsync(0, int.MaxValue, CancellationToken.None)).Skip(before).ToList();
        var record = Assert.Single(trail, r => r.Action == "addEvidence");
        Assert.StartsWith("201 ok", record.Outcome);
        Assert.Contains("node=ls-kp-karibib", record.Target);
    }

    [Fact]
    public async Task ImportEvidence_CsvWithUploadedDocument_HashesItOnReceipt()
    {
        using var analyst = Server.Client("analyst");
        var doc = Encoding.UTF8.GetBytes("social audit report");
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes("node,kind,title,date,file\nfac-na-karibib-quarry,impact-assessment,Impact assessment,2026-03-01,audit.pdf\n")), "files", "evidence.csv" },
            { new ByteArrayContent(doc), "files", "audit.pdf" },
        };

        using var response = await analyst.PostAsync("/api/evidence/import", form);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var item = JsonDocument.Parse(text).RootElement.GetProperty("items")[0];
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(doc)), item.GetProperty("sha256").GetString());
        Assert.Equal("audit.pdf", item.GetProperty("file").GetString());
    }

    [Fact]
    public async Task ImportEvidence_BadRows_400NamingFileLineColumn_NothingStored()
    {
        using var analyst = Server.Client("analyst");
        var before = (await analyst.GetFromJsonAsync<JsonElement>("/api/evidence")).GetArrayLength();
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes("node,kind,title,file\nfac-na-karibib-quarry,wage-payment,ok,\nfac-na-karibib-quarry,wage-payment,escape,../../etc/passwd\nfac-na-karibib-quarry,nope,bad kind,\n")), "files", "evidence.csv" },
        };

        using var response = await analyst.PostAsync("/api/evidence/import", form);

        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("evidence.csv:3 file", out _), problem.ToString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("evidence.csv:4 kind", out _), problem.ToString());
        Assert.Equal(before, (await analyst.GetFromJsonAsync<JsonElement>("/api/evidence")).GetArrayLength());
    }

    [Fact]
    public async Task Checklist_PutThenGet_LatestAnswerPerQuestion()
    {
        using var analyst = Server.Client("analyst");

        using var put = await analyst.PutAsJsonAsync("/api/checklists/co-cn-lanwan-group", new { answers = new[]
        {
            new { question = "contract-terms", answer = "partial", date = (string?)"2026-05-01", note = (string?)"termination clause missing" },
            new { question = "3", answer = "no", date = (string?)null, note = (string?)null },
        } });
        var got = await Server.Client("investigator").GetFromJsonAsync<JsonElement>("/api/checklists/co-cn-lanwan-group");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(2, got.GetProperty("answered").GetInt32());
        var entries = got.GetProperty("questions").EnumerateArray().ToDictionary(q => q.GetProperty("question").GetString()!, q => q.GetProperty("answer").GetString());
        Assert.Equal(("partial", "no", "unknown"), (entries["contract-terms"], entries["know-how-goods-are-made"], entries["supplier-vetting"]));
    }

    public static TheoryData<string, string, string?, int, string> Cases => new()
    {
        { "GET", "/api/reports/worksites", null, 400, "scope" },
        { "GET", "/api/reports/worksites?all=true&product=prod-tuna-canned-ec", null, 400, "scope" },
        { "GET", "/api/reports/worksites?all=true&format=pdf", null, 400, "format" },
        { "GET", "/api/reports/worksites?all=true&asOf=yesterday", null, 400, "asOf" },
        { "GET", "/api/reports/worksites?all=true&staleDays=-1", null, 400, "staleDays" },
        { "GET", "/api/reports/worksites?importer=nope", null, 404, "" },
        { "GET", "/api/reports/worksites?product=co-us-harborline", null, 400, "product" },
        { "GET", "/api/reports/dossier/nope", null, 404, "" },
        { "GET", "/api/reports/dossier/fac-kp-pyoksong-mine", null, 400, "product" },
        { "GET", "/api/reports/dossier/prod-tuna-canned-ec?format=csv", null, 400, "format" },
        { "POST", "/api/evidence", "{\"node\":\"fac-na-karibib-quarry\",\"kind\":\"bogus\",\"title\":\"t\"}", 400, "kind" },
        { "POST", "/api/evidence", "{\"node\":\"fac-na-karibib-quarry\",\"kind\":\"wage-payment\",\"title\":\"t\",\"date\":\"2026-02-30\"}", 400, "date" },
        { "POST", "/api/evidence", "{\"node\":\"nope\",\"kind\":\"wage-payment\",\"title\":\"t\"}", 400, "node" },
        { "POST", "/api/evidence", "{\"node\":\"fac-na-karibib-quarry\",\"kind\":\"wage-payment\"}", 400, "title" },
        { "POST", "/api/evidence", "{\"node\":\"fac-na-karibib-quarry\",\"kind\":\"wage-payment\",\"title\":\"t\",\"url\":\"javascript:alert(1)\"}", 400, "url" },
        { "POST", "/api/evidence", "{\"node\":\"fac-na-karibib-quarry\",\"kind\":\"wage-payment\",\"title\":\"t\",\"file\":\"/etc/passwd\"}", 400, "$.file" },
        { "POST", "/api/evidence/import", null, 400, "files" },
        { "PUT", "/api/checklists/fac-na-karibib-quarry", "{\"answers\":[{\"question\":\"1\",\"answer\":\"maybe\"}]}", 400, "answers[0].answer" },
        { "PUT", "/api/checklists/fac-na-karibib-quarry", "{\"answers\":[{\"question\":\"42\",\"answer\":\"yes\"}]}", 400, "answers[0].question" },
        { "PUT", "/api/checklists/fac-na-karibib-quarry", "{\"answers\":[]}", 400, "answers" },
        { "PUT", "/api/checklists/mat-pollock", "{\"answers\":[{\"question\":\"1\",\"answer\":\"yes\"}]}", 400, "supplier" },
        { "GET", "/api/checklists/nope", null, 404, "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadRequest_GetsProblemDetailsNamingTheField(string method, string path, string? json, int status, string field)
    {
        using var client = Server.Client("admin");
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");

        using var response = await client.SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field.Length > 0) Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(field, out _), $"no error for '{field}': {text}");
    }
}
