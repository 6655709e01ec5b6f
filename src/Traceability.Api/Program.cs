using Traceability.Api;

// The table of contents: ApiHost builds services (ApiServiceCollectionExtensions) and maps the endpoints (Endpoints/).
var app = ApiHost.Build(args);
app.Run();

/// <summary>Entry point, public for WebApplicationFactory-based tests.</summary>
public partial class Program;
